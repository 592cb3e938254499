/**
 * The rule catalogue: every rule, once, in catalogue order (1.1 … 4.4, then
 * the families). `phaen rules`, `phaen check`, the add-in, the Word screening
 * report and the 2.3 summary all read it from here.
 *
 * Adding a rule, in the manner of ESLint (lib/rules/<id>.js):
 * 1. write core/rules/<id>.ts, declaring `id: "<id>"`, where the id is the
 *    criterion (a folder: 1.1 … 4.4, committee, hearing, process, budget,
 *    positioning, data, kpi), a slash and the rule's name: `4.2/dates` is
 *    core/rules/4.2/dates.ts;
 * 2. add one import and one line below;
 * 3. test it in test/core/rules/<id>.test.ts (test/core/rules/tester.ts).
 * Nothing else: test/core/rules/registration.test.ts fails, naming the file,
 * when a rule file is left out, listed twice, untested or misplaced.
 */
import c1_1IssueBasis from "./1.1/issue-basis";
import c1_1IssueNeed from "./1.1/issue-need";
import c1_1NeedAnswered from "./1.1/need-answered";
import c1_2JobsIncome from "./1.2/jobs-income";
import c1_2BudgetShare from "./1.2/budget-share";
import c2_1SelfAssessmentComplete from "./2.1/self-assessment-complete";
import c2_1SelfAssessmentReasoned from "./2.1/self-assessment-reasoned";
import c2_1Principles from "./2.1/principles";
import c2_2Chain from "./2.2/chain";
import c2_2IssueLinks from "./2.2/issue-links";
import c2_2MissionGroup from "./2.2/mission-group";
import c2_2Scope from "./2.2/scope";
import c2_3QualitySummary from "./2.3/quality-summary";
import c3_1SwotQuadrants from "./3.1/swot-quadrants";
import c3_1SwotEvidence from "./3.1/swot-evidence";
import c3_2ObjectiveIndicator from "./3.2/objective-indicator";
import c3_2QualitativeTarget from "./3.2/qualitative-target";
import c3_3ApproachObjective from "./3.3/approach-objective";
import c3_4ProjectApproach from "./3.4/project-approach";
import c4_1RationaleEvidence from "./4.1/rationale-evidence";
import c4_1NeedOrWeakness from "./4.1/need-or-weakness";
import c4_2Dates from "./4.2/dates";
import c4_2BudgetPositive from "./4.2/budget-positive";
import c4_2AgencyLocation from "./4.2/agency-location";
import c4_2Readiness from "./4.2/readiness";
import c4_3LinkedCodes from "./4.3/linked-codes";
import c4_3NearDuplicate from "./4.3/near-duplicate";
import c4_4Beneficiaries from "./4.4/beneficiaries";
import c4_4CostOutlier from "./4.4/cost-outlier";
import committeeSectors from "./committee/sectors";
import committeeChair from "./committee/chair";
import committeeSecretary from "./committee/secretary";
import hearingGroups from "./hearing/groups";
import hearingBeforeAdoption from "./hearing/before-adoption";
import processStepOrder from "./process/step-order";
import processMissingStep from "./process/missing-step";
import processPlanStatus from "./process/plan-status";
import budgetCeiling from "./budget/ceiling";
import budgetApprovedWithinCeiling from "./budget/approved-within-ceiling";
import budgetTotalsByKind from "./budget/totals-by-kind";
import positioningStatements from "./positioning/statements";
import positioningLinks from "./positioning/links";
import dataMissingSheet from "./data/missing-sheet";
import dataMissingColumn from "./data/missing-column";
import dataUnreadableValue from "./data/unreadable-value";
import dataErrorValue from "./data/error-value";
import dataMissingVersion from "./data/missing-version";
import dataNewerVersion from "./data/newer-version";
import dataDuplicateCode from "./data/duplicate-code";
import dataRequired from "./data/required";
import dataPlausibleYear from "./data/plausible-year";
import dataProvinceKnown from "./data/province-known";
import kpiAssessedFlag from "./kpi/assessed-flag";
import kpiStepMissing from "./kpi/step-missing";
import kpiStepLate from "./kpi/step-late";
import kpiStepEvidence from "./kpi/step-evidence";
import kpiQuarterlyMeetings from "./kpi/quarterly-meetings";
import kpiFlaggedProjects from "./kpi/flagged-projects";
import kpiLevel from "./kpi/level";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  c1_1IssueBasis,
  c1_1IssueNeed,
  c1_1NeedAnswered,
  c1_2JobsIncome,
  c1_2BudgetShare,
  c2_1SelfAssessmentComplete,
  c2_1SelfAssessmentReasoned,
  c2_1Principles,
  c2_2Chain,
  c2_2IssueLinks,
  c2_2MissionGroup,
  c2_2Scope,
  c2_3QualitySummary,
  c3_1SwotQuadrants,
  c3_1SwotEvidence,
  c3_2ObjectiveIndicator,
  c3_2QualitativeTarget,
  c3_3ApproachObjective,
  c3_4ProjectApproach,
  c4_1RationaleEvidence,
  c4_1NeedOrWeakness,
  c4_2Dates,
  c4_2BudgetPositive,
  c4_2AgencyLocation,
  c4_2Readiness,
  c4_3LinkedCodes,
  c4_3NearDuplicate,
  c4_4Beneficiaries,
  c4_4CostOutlier,
  committeeSectors,
  committeeChair,
  committeeSecretary,
  hearingGroups,
  hearingBeforeAdoption,
  processStepOrder,
  processMissingStep,
  processPlanStatus,
  budgetCeiling,
  budgetApprovedWithinCeiling,
  budgetTotalsByKind,
  positioningStatements,
  positioningLinks,
  dataMissingSheet,
  dataMissingColumn,
  dataUnreadableValue,
  dataErrorValue,
  dataMissingVersion,
  dataNewerVersion,
  dataDuplicateCode,
  dataRequired,
  dataPlausibleYear,
  dataProvinceKnown,
  kpiAssessedFlag,
  kpiStepMissing,
  kpiStepLate,
  kpiStepEvidence,
  kpiQuarterlyMeetings,
  kpiFlaggedProjects,
  kpiLevel,
];

/** Where a rule lives, stated once: its id is its path, `4.2/dates` being core/rules/4.2/dates.ts… */
export function rulePath(id: string): string {
  return `core/rules/${id}.ts`;
}

/** …and test/core/rules/4.2/dates.test.ts its test. */
export function ruleTestPath(id: string): string {
  return `test/core/rules/${id}.test.ts`;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
