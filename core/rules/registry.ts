/** Every rule, in catalogue order. The CLI, the add-in and the Word screening report all list from here. */
import { criteriaRules } from "./criteria";
import { kpiRules } from "./kpi";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [...criteriaRules, ...kpiRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
