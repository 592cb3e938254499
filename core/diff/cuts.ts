/** Budget reductions of the projects kept, the largest first: what a committee reads first. */
import type { FieldChange, PlanDiff, ProjectChange } from "./types";

export interface BudgetCut {
  change: ProjectChange;
  field: FieldChange;
}

export function budgetCuts(diff: PlanDiff): BudgetCut[] {
  const out: BudgetCut[] = [];
  for (const c of diff.projects) {
    const f = c.fields.find((x) => x.field === "budget");
    if (f?.difference !== undefined && f.difference < 0) out.push({ change: c, field: f });
  }
  return out.sort((a, b) => (a.field.difference ?? 0) - (b.field.difference ?? 0));
}
