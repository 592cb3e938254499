/** The plan-quality (3.x) and project-quality (4.x) rules: listed once, for the catalogue and for the 2.3 summary. */
import type { Rule } from "../types";
import agencyLocation from "./agency-location";
import approachObjective from "./approach-objective";
import beneficiaries from "./beneficiaries";
import budgetPositive from "./budget-positive";
import costOutlier from "./cost-outlier";
import fiscalDates from "./fiscal-dates";
import linkedCodes from "./linked-codes";
import nearDuplicate from "./near-duplicate";
import objectiveIndicator from "./objective-indicator";
import projectApproach from "./project-approach";
import qualitativeTarget from "./qualitative-target";
import rationaleEvidence from "./rationale-evidence";
import rationaleNeed from "./rationale-need";
import readiness from "./readiness";
import swotEvidence from "./swot-evidence";
import swotQuadrants from "./swot-quadrants";

export const planQualityRules: readonly Rule[] = [
  swotQuadrants,
  swotEvidence,
  objectiveIndicator,
  qualitativeTarget,
  approachObjective,
  projectApproach,
];

export const projectQualityRules: readonly Rule[] = [
  rationaleEvidence,
  rationaleNeed,
  fiscalDates,
  budgetPositive,
  agencyLocation,
  readiness,
  linkedCodes,
  nearDuplicate,
  beneficiaries,
  costOutlier,
];
