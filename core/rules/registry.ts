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
import issueBasis from "./1.1/issue-basis";
import issueNeed from "./1.1/issue-need";
import needAnswered from "./1.1/need-answered";
import jobsIncome from "./1.2/jobs-income";
import budgetShare from "./1.2/budget-share";
import selfAssessmentComplete from "./2.1/self-assessment-complete";
import selfAssessmentReasoned from "./2.1/self-assessment-reasoned";
import principles from "./2.1/principles";
import chain from "./2.2/chain";
import issueLinks from "./2.2/issue-links";
import missionGroup from "./2.2/mission-group";
import scope from "./2.2/scope";
import qualitySummary from "./2.3/quality-summary";
import swotQuadrants from "./3.1/swot-quadrants";
import swotEvidence from "./3.1/swot-evidence";
import objectiveIndicator from "./3.2/objective-indicator";
import qualitativeTarget from "./3.2/qualitative-target";
import approachObjective from "./3.3/approach-objective";
import projectApproach from "./3.4/project-approach";
import rationaleEvidence from "./4.1/rationale-evidence";
import needOrWeakness from "./4.1/need-or-weakness";
import dates from "./4.2/dates";
import budgetPositive from "./4.2/budget-positive";
import agencyLocation from "./4.2/agency-location";
import readiness from "./4.2/readiness";
import linkedCodes from "./4.3/linked-codes";
import nearDuplicate from "./4.3/near-duplicate";
import beneficiaries from "./4.4/beneficiaries";
import costOutlier from "./4.4/cost-outlier";
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
import dataProvinceInYear from "./data/province-in-year";
import kpiAssessedFlag from "./kpi/assessed-flag";
import kpiStepMissing from "./kpi/step-missing";
import kpiStepLate from "./kpi/step-late";
import kpiStepEvidence from "./kpi/step-evidence";
import kpiStepUnmet from "./kpi/step-unmet";
import kpiQuarterlyMeetings from "./kpi/quarterly-meetings";
import kpiFlaggedProjects from "./kpi/flagged-projects";
import kpiFormulaReadable from "./kpi/formula-readable";
import kpiLevel from "./kpi/level";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  // 1 Principles
  issueBasis,
  issueNeed,
  needAnswered,
  jobsIncome,
  budgetShare,
  // 2 Screening criteria (2.3 sums up the 3.x and 4.x findings after every other rule has run)
  selfAssessmentComplete,
  selfAssessmentReasoned,
  principles,
  chain,
  issueLinks,
  missionGroup,
  scope,
  qualitySummary,
  // 3 Plan quality
  swotQuadrants,
  swotEvidence,
  objectiveIndicator,
  qualitativeTarget,
  approachObjective,
  projectApproach,
  // 4 Project quality
  rationaleEvidence,
  needOrWeakness,
  dates,
  budgetPositive,
  agencyLocation,
  readiness,
  linkedCodes,
  nearDuplicate,
  beneficiaries,
  costOutlier,
  // Families outside the numbered criteria
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
  dataProvinceInYear,
  // The milestone KPI, checked against the definition the score uses
  kpiAssessedFlag,
  kpiStepMissing,
  kpiStepLate,
  kpiStepEvidence,
  kpiStepUnmet,
  kpiQuarterlyMeetings,
  kpiFlaggedProjects,
  kpiFormulaReadable,
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
