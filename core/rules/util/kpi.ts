/** Reading a KPI result's steps and the reasons the scorer placed on them (the `kpi` rules share these). */
import type { KpiResult, PlacedReason, StepReasonKind, StepResult } from "../../kpi/types";

export function allSteps(result: KpiResult): StepResult[] {
  return result.levels.flatMap((l) => l.steps);
}

/** The reasons of one kind on a step, with their places (the scorer always fills them). */
export function reasonsOf(step: StepResult, kind: StepReasonKind): PlacedReason[] {
  return step.reasons.filter((r): r is PlacedReason => r.kind === kind && Boolean(r.sheet && r.cell));
}
