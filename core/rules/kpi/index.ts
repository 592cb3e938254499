import type { Rule } from "../types";

/** Rules of the `kpi` family. */
export const kpiRules: Rule[] = [];
