/** Phaen core: pure domain code shared by the task pane and the CLI. */
export * from "./grid";
export * from "./model";
export * from "./schema";
export * from "./check";
export { parseWorkbook, compareVersions, KNOWN_SHEET_NAMES } from "./parse/parser";
export { RULES, ruleById } from "./rules/registry";
export { runRules, type RunOptions } from "./rules/run";
export { runFacts, type RunFacts } from "./rules/facts";
export type { Finding, Severity, Criterion, Rule, RuleId, Bilingual } from "./rules/types";
export { DEFAULT_SETTINGS, type Settings } from "./settings";
export { REFERENCE } from "./reference";
export type { Province, Cluster, ReferenceData } from "./reference";
export { scoreKpis } from "./kpi";
export type { KpiResult, KpiDefinition, LevelResult, StepResult } from "./kpi/types";
export * from "./thai";
export { CRITERIA, CRITERION_NAMES, CRITERION_ORDER, NUMBERED_CRITERIA, isCriterion, isNumberedCriterion } from "./criteria";
export { UserError, EXIT, oneLine, describeUnexpected } from "./errors";
export * from "./documents";
