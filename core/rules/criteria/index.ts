/**
 * Rules for the numbered criteria (DOMAIN.md §6) and the committee, hearing,
 * process, budget, positioning and data families, in catalogue order.
 * Adding a rule: one module in this folder, one line here, one test file.
 */
import type { Rule } from "../types";
import budgetApproved from "./budget-approved";
import budgetCeiling from "./budget-ceiling";
import budgetShare from "./budget-share";
import budgetTotals from "./budget-totals";
import chain from "./chain";
import committeeChair from "./committee-chair";
import committeeSecretary from "./committee-secretary";
import committeeSectors from "./committee-sectors";
import { parseIssueRules } from "./data-parse-issues";
import duplicateCode from "./duplicate-code";
import hearingBeforeAdoption from "./hearing-before-adoption";
import hearingGroups from "./hearing-groups";
import issueBasis from "./issue-basis";
import issueLinks from "./issue-links";
import issueNeed from "./issue-need";
import jobsIncome from "./jobs-income";
import missingStep from "./missing-step";
import missionGroup from "./mission-group";
import needAnswered from "./need-answered";
import planStatus from "./plan-status";
import plausibleYears from "./plausible-years";
import positioningLinks from "./positioning-links";
import positioningStatements from "./positioning-statements";
import provinceInYear from "./province-in-year";
import provinceKnown from "./province-known";
import qualitySummary from "./quality-summary";
import { planQualityRules, projectQualityRules } from "./quality-rules";
import requiredFields from "./required-fields";
import scope from "./scope";
import stepOrder from "./step-order";
import sufficiencyAnswered from "./sufficiency-answered";
import sufficiencyPrinciples from "./sufficiency-principles";
import sufficiencyReasoned from "./sufficiency-reasoned";

export const criteriaRules: Rule[] = [
  // 1 Principles
  issueBasis,
  issueNeed,
  needAnswered,
  jobsIncome,
  budgetShare,
  // 2 Screening criteria
  sufficiencyAnswered,
  sufficiencyReasoned,
  sufficiencyPrinciples,
  chain,
  issueLinks,
  missionGroup,
  scope,
  qualitySummary,
  // 3 Plan quality, 4 project quality
  ...planQualityRules,
  ...projectQualityRules,
  // Families outside the numbered criteria
  committeeSectors,
  committeeChair,
  committeeSecretary,
  hearingGroups,
  hearingBeforeAdoption,
  stepOrder,
  missingStep,
  planStatus,
  budgetCeiling,
  budgetApproved,
  budgetTotals,
  positioningStatements,
  positioningLinks,
  ...parseIssueRules,
  duplicateCode,
  requiredFields,
  plausibleYears,
  provinceKnown,
  provinceInYear,
];
