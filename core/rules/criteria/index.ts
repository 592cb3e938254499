import type { Rule } from "../types";

/** Rules for the numbered criteria and the committee/hearing/process/budget/positioning/data families. */
export const criteriaRules: Rule[] = [];
