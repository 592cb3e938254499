import type { Rule } from "../types";
import assessedFlag from "./assessed-flag";
import flaggedProjects from "./flagged-projects";
import formulaReadable from "./formula-readable";
import levelSummary from "./level-summary";
import quarterlyMeetings from "./quarterly-meetings";
import stepEvidence from "./step-evidence";
import stepLate from "./step-late";
import stepMissing from "./step-missing";
import stepUnmet from "./step-unmet";

/** Rules of the `kpi` family: milestone KPI records checked against the definition the score uses. */
export const kpiRules: Rule[] = [
  assessedFlag,
  stepMissing,
  stepLate,
  stepEvidence,
  stepUnmet,
  quarterlyMeetings,
  flaggedProjects,
  formulaReadable,
  levelSummary,
];
