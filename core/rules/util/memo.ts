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
      for (const r of reportsOf(rule, ctx)) ctx.report(r);
    },
  };
}
