/**
 * The ceiling split the pane shows under a pack of the 2565 decree (the FY2570 pack): how many
 * projects fall inside and over the provincial ceiling in priority order, and each project over
 * it with the cell of its budget, so the planner can go to it. The same split the screening report
 * prints (core/budget/split.ts); a pack without a ceiling split (FY2552) has none.
 */
import { ceilingSplit, cellOf, type CheckResult, type SplitTotals } from "../../core";

export interface OverCeilingProject {
  code: string | null;
  name: string | null;
  budget: number | null;
  priority: number | null;
  sheet: string;
  cell: string;
}

export interface PaneCeiling {
  /** The provincial ceiling typed on the information sheet (null: not given, every project inside). */
  ceiling: number | null;
  inside: SplitTotals;
  over: SplitTotals;
  information: SplitTotals;
  overProjects: OverCeilingProject[];
}

export function paneCeiling(result: CheckResult): PaneCeiling | undefined {
  // Only where the pack splits the ceiling, and by the pack's fill rule: the same split as the CLI and the documents.
  if (!result.ceiling) return undefined;
  const split = ceilingSplit(result.model, result.pack?.ceilingFill);
  const table = result.model.projects;
  const overProjects = table.rows.flatMap((p, i) =>
    split.places[i] === "over"
      ? [{ code: p.code, name: p.name, budget: p.budget, priority: p.priority, sheet: table.sheet, cell: cellOf(table, p, "budget") }]
      : [],
  );
  return { ceiling: split.ceilings.province, inside: split.inside, over: split.over, information: split.information, overProjects };
}
