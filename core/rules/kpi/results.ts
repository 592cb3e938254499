/** What the `kpi` rules share: the workbook's KPI results, scored once per rule run from the same definitions (the run's pack) as the score. */
import { definitionsFor } from "../../kpi/definitions";
import { scoreKpi } from "../../kpi/score";
import type { KpiDefinition, KpiResult, PlacedReason, StepReasonKind, StepResult } from "../../kpi/types";
import type { RuleContext } from "../types";

export interface Scored {
  def: KpiDefinition;
  result: KpiResult;
}

/**
 * Scored once per rule run: every kpi rule of one runRules call shares the
 * call's settings object, so the same (model, settings) means the same run.
 */
const SCORED = new WeakMap<object, { settings: RuleContext["settings"]; scored: Scored[] }>();

export function scoredKpis(ctx: RuleContext): Scored[] {
  const hit = SCORED.get(ctx.model);
  if (hit && hit.settings === ctx.settings) return hit.scored;
  const scored = (ctx.kpis ?? definitionsFor(ctx.model.info.values.fiscalYear)).map((def) => ({
    def,
    result: scoreKpi(ctx.model, ctx.reference, def),
  }));
  SCORED.set(ctx.model, { settings: ctx.settings, scored });
  return scored;
}

export function assessedKpis(ctx: RuleContext): Scored[] {
  return scoredKpis(ctx).filter((s) => s.result.assessed);
}

export function allSteps(result: KpiResult): StepResult[] {
  return result.levels.flatMap((l) => l.steps);
}

/** The reasons of one kind on a step, with their places (the scorer always fills them). */
export function reasonsOf(step: StepResult, kind: StepReasonKind): PlacedReason[] {
  return step.reasons.filter((r): r is PlacedReason => r.kind === kind && Boolean(r.sheet && r.cell));
}
