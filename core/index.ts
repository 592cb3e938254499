/** Phaen core: pure domain code shared by the task pane and the CLI. */
export * from "./grid";
export * from "./model";
export * from "./schema";
export * from "./check";
export { ceilingOf, type CeilingKind } from "./rules/util/budget";
export { parseWorkbook, compareVersions, KNOWN_SHEET_NAMES } from "./parse/parser";
export { RULES, ruleById } from "./rules/registry";
export { runRules, packFor, criteriaChecked, type RunOptions } from "./rules/run";
export { runFacts, type RunFacts } from "./rules/facts";
export * from "./packs";
export type { Finding, Severity, Criterion, Rule, RuleId, Bilingual } from "./rules/types";
export { DEFAULT_SETTINGS, type Settings } from "./settings";
export { REFERENCE } from "./reference";
export {
  ceilingSplit,
  fillCeiling,
  DEFAULT_CEILING_FILL,
  type CeilingFill,
  type CeilingSplit,
  type CeilingPlace,
  type SplitRow,
  type SplitTotals,
} from "./budget/split";
export type { Province, Cluster, ReferenceData } from "./reference";
export { ALIGNMENT, NATIONAL_ALIGNMENT, createAlignmentLookup, label as alignmentLabel } from "./reference/alignment";
export type { AlignmentEntry, AlignmentLookup, AlignmentReference, SubPlanEntry } from "./reference/alignment";
export { scoreKpis } from "./kpi";
export type { KpiResult, KpiDefinition, LevelResult, StepResult } from "./kpi/types";
export * from "./thai";
export { CRITERIA, CRITERION_NAMES, CRITERION_ORDER, NUMBERED_CRITERIA, isCriterion, isNumberedCriterion } from "./criteria";
export { UserError, EXIT, oneLine, describeUnexpected } from "./errors";
export * from "./documents";
