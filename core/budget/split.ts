/**
 * The ceiling split as the 2565 decree's sub-committees report it (DOMAIN.md §9): projects in
 * priority order (ลำดับความสำคัญ) fall ภายในกรอบวงเงิน while their running total stays within the
 * ceiling, the rest เกินกรอบวงเงิน; agency projects listed for information (รับทราบ) are counted
 * apart. Each ceiling (province, cluster) is split on its own. How the ceiling itself is worked
 * out is unsourced (the FY2570 pack's openSettings.ceilingFormula): it is the one typed on the
 * information sheet.
 */
import type { PlanModel } from "../model";
import { ceilingOf, drawsOnCeiling, CEILING_FIELD, type CeilingKind } from "../rules/util/budget";
import type { Project } from "../schema";

export type CeilingPlace = "inside" | "over" | "information";

export interface SplitTotals {
  count: number;
  budget: number;
}

export interface SplitRow {
  /** Project kind, or strategic issue number as text. */
  key: string;
  inside: SplitTotals;
  over: SplitTotals;
  information: SplitTotals;
}

export interface CeilingSplit {
  /** The ceilings used (null when not given: then every project counts as inside). */
  ceilings: Record<CeilingKind, number | null>;
  inside: SplitTotals;
  over: SplitTotals;
  information: SplitTotals;
  byKind: SplitRow[];
  byIssue: SplitRow[];
  /** Each project's place, by row position in model.projects.rows (undefined: on no ceiling, rejected or deferred). */
  places: (CeilingPlace | undefined)[];
}

const zero = (): SplitTotals => ({ count: 0, budget: 0 });
const amount = (p: Project) => (p.budget && p.budget > 0 ? p.budget : 0);

function add(rows: Map<string, SplitRow>, key: string, place: CeilingPlace, p: Project): void {
  let r = rows.get(key);
  if (!r) rows.set(key, (r = { key, inside: zero(), over: zero(), information: zero() }));
  r[place].count++;
  r[place].budget += amount(p);
}

export function ceilingSplit(model: PlanModel): CeilingSplit {
  const projects = model.projects.rows;
  const places = new Array<CeilingPlace | undefined>(projects.length);
  const ceilings = {
    province: model.info.values[CEILING_FIELD.province],
    cluster: model.info.values[CEILING_FIELD.cluster],
  };
  const queues: Record<CeilingKind, number[]> = { province: [], cluster: [] };
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    if (p.forInformation) places[i] = "information";
    else {
      const kind = ceilingOf(p);
      if (kind && drawsOnCeiling(p)) queues[kind].push(i);
    }
  }
  for (const kind of ["province", "cluster"] as const) {
    const order = queues[kind].sort((a, b) => (projects[a].priority ?? Infinity) - (projects[b].priority ?? Infinity) || a - b);
    const limit = ceilings[kind];
    let running = 0;
    let full = false;
    for (const i of order) {
      running += amount(projects[i]);
      // Priority order: once a project does not fit, every later one is over the ceiling too.
      if (limit !== null && (full || running > limit)) {
        full = true;
        places[i] = "over";
      } else places[i] = "inside";
    }
  }
  const totals = { inside: zero(), over: zero(), information: zero() };
  const byKind = new Map<string, SplitRow>();
  const byIssue = new Map<string, SplitRow>();
  for (let i = 0; i < projects.length; i++) {
    const place = places[i];
    if (!place) continue;
    const p = projects[i];
    totals[place].count++;
    totals[place].budget += amount(p);
    add(byKind, p.kind ?? "ไม่ระบุ", place, p);
    add(byIssue, p.issueNo === null ? "ไม่ระบุ" : String(p.issueNo), place, p);
  }
  const sortIssue = (a: SplitRow, b: SplitRow) => (Number(a.key) || Infinity) - (Number(b.key) || Infinity);
  return { ceilings, ...totals, byKind: [...byKind.values()], byIssue: [...byIssue.values()].sort(sortIssue), places };
}
