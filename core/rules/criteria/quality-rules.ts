/** The plan-quality (3.x) and project-quality (4.x) rules: listed once, for the catalogue and for the 2.3 summary. */
import type { Rule } from "../types";
import { memoised } from "../util/memo";
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

/** As written (the 2.3 summary runs these through util/memo). */
export const planQualityChecks: readonly Rule[] = [
  swotQuadrants,
  swotEvidence,
  objectiveIndicator,
  qualitativeTarget,
  approachObjective,
  projectApproach,
];

export const projectQualityChecks: readonly Rule[] = [
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

/** For the catalogue: each answers from the result the 2.3 summary already computed, if any. */
export const planQualityRules: readonly Rule[] = planQualityChecks.map(memoised);
export const projectQualityRules: readonly Rule[] = projectQualityChecks.map(memoised);
