/**
 * Runs a rule once per (model, settings, reference) and keeps its reports,
 * so the 2.3 summary can reuse the 3.x/4.x rules without doubling the cost
 * of a check: within one runRules call the settings object is shared, so
 * the summary's run and the rule's own run share one result.
 */
import type { PlanModel } from "../../model";
import type { Report, Rule, RuleContext } from "../types";

interface Entry {
  settings: RuleContext["settings"];
  reference: RuleContext["reference"];
  reports: Report[];
}

const CACHE = new WeakMap<PlanModel, Map<Rule, Entry>>();

export function reportsOf(rule: Rule, ctx: RuleContext): Report[] {
  let byRule = CACHE.get(ctx.model);
  if (!byRule) {
    byRule = new Map();
    CACHE.set(ctx.model, byRule);
  }
  const hit = byRule.get(rule);
  if (hit && hit.settings === ctx.settings && hit.reference === ctx.reference) return hit.reports;
  const reports: Report[] = [];
  rule.check({ model: ctx.model, settings: ctx.settings, reference: ctx.reference, report: (r) => reports.push(r) });
  byRule.set(rule, { settings: ctx.settings, reference: ctx.reference, reports });
  return reports;
}

/** The same rule, answering from the shared result. */
export function memoised(rule: Rule): Rule {
  return {
    ...rule,
    check(ctx) {
      const reports = reportsOf(rule, ctx);
      for (let k = 0; k < reports.length; k++) ctx.report(reports[k]);
    },
  };
}

interface Derived {
  settings: RuleContext["settings"];
  values: Map<object, unknown>;
}

const DERIVED = new WeakMap<PlanModel, Derived>();

/**
 * Something several rules derive from the model (an index of project codes),
 * computed once per check: like reportsOf, it is kept for one
 * (model, settings) pair, and runRules makes a new settings object per call.
 */
export function derived<T>(ctx: RuleContext, key: object, compute: (model: PlanModel) => T): T {
  let entry = DERIVED.get(ctx.model);
  if (!entry || entry.settings !== ctx.settings) {
    entry = { settings: ctx.settings, values: new Map() };
    DERIVED.set(ctx.model, entry);
  }
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute(ctx.model);
  entry.values.set(key, value);
  return value;
}
