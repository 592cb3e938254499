/**
 * The ceiling split as the 2565 decree's sub-committees report it (DOMAIN.md §9): projects in
 * priority order (ลำดับความสำคัญ) fall ภายในกรอบวงเงิน while their running total stays within the
 * ceiling, the rest เกินกรอบวงเงิน; agency projects listed for information (รับทราบ) are counted
 * apart. Each ceiling (province, cluster) is split on its own. How the ceiling itself is worked
 * out is unsourced (the FY2570 pack's openSettings.ceilingFormula): it is the one typed on the
 * information sheet. How projects fill it is a setting (CeilingFill) with a stated default; a
 * project whose budget is blank or unreadable cannot be said to fit, so it is over the ceiling
 * and left out of the totals (counted in `unpriced`, so a document can say so).
 *
 * Every document and the diff use this one split.
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

/**
 * How projects fill a ceiling. No source states it (DOMAIN.md §9–10), so it is a setting; the
 * default: by priority (a blank priority last), then workbook order, and the first project that
 * would pass the ceiling is over it, with every project after it.
 */
export interface CeilingFill {
  order: "priority" | "workbook";
  /** After the first project that does not fit: every later one is over, or a later smaller one may still fit. */
  afterOverflow: "over" | "next-may-fit";
}

export const DEFAULT_CEILING_FILL: CeilingFill = Object.freeze({ order: "priority", afterOverflow: "over" });

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
  /** Per place, how many of its projects have no readable budget (left out of its budget total). */
  unpriced: Record<CeilingPlace, number>;
  /** Which ceiling each project draws on, by row position (undefined: none). */
  pools: (CeilingKind | undefined)[];
  fill: CeilingFill;
}

const zero = (): SplitTotals => ({ count: 0, budget: 0 });
const amount = (p: Project) => (p.budget && p.budget > 0 ? p.budget : 0);
const priced = (p: Project) => p.budget !== null && Number.isFinite(p.budget);

function add(rows: Map<string, SplitRow>, key: string, place: CeilingPlace, p: Project): void {
  let r = rows.get(key);
  if (!r) rows.set(key, (r = { key, inside: zero(), over: zero(), information: zero() }));
  r[place].count++;
  r[place].budget += amount(p);
}

/**
 * Fills one ceiling with projects given in workbook order (several workbooks' projects one after
 * another, for a cluster's ceiling across its provinces): each one's place, in the order given.
 */
export function fillCeiling(
  projects: readonly Project[],
  limit: number | null,
  fill: CeilingFill = DEFAULT_CEILING_FILL,
): ("inside" | "over")[] {
  const rank = (i: number) => (fill.order === "priority" ? (projects[i].priority ?? Infinity) : 0);
  const order = projects.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const out = new Array<"inside" | "over">(projects.length);
  let running = 0;
  let full = false;
  for (const i of order) {
    const p = projects[i];
    // No readable budget: it cannot be said to fit, and it uses none of the ceiling.
    if (!priced(p)) out[i] = limit === null ? "inside" : "over";
    else if (limit !== null && (full || running + amount(p) > limit)) {
      full = fill.afterOverflow === "over";
      out[i] = "over";
    } else {
      running += amount(p);
      out[i] = "inside";
    }
  }
  return out;
}

export function ceilingSplit(model: PlanModel, fill: CeilingFill = DEFAULT_CEILING_FILL): CeilingSplit {
  const projects = model.projects.rows;
  const places = new Array<CeilingPlace | undefined>(projects.length);
  const pools = new Array<CeilingKind | undefined>(projects.length);
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
      if (kind && drawsOnCeiling(p)) {
        queues[kind].push(i);
        pools[i] = kind;
      }
    }
  }
  for (const kind of ["province", "cluster"] as const) {
    const queue = queues[kind];
    const filled = fillCeiling(
      queue.map((i) => projects[i]),
      ceilings[kind],
      fill,
    );
    queue.forEach((i, n) => (places[i] = filled[n]));
  }
  const totals = { inside: zero(), over: zero(), information: zero() };
  const unpriced = { inside: 0, over: 0, information: 0 };
  const byKind = new Map<string, SplitRow>();
  const byIssue = new Map<string, SplitRow>();
  for (let i = 0; i < projects.length; i++) {
    const place = places[i];
    if (!place) continue;
    const p = projects[i];
    totals[place].count++;
    totals[place].budget += amount(p);
    if (!priced(p)) unpriced[place]++;
    add(byKind, p.kind ?? "ไม่ระบุ", place, p);
    add(byIssue, p.issueNo === null ? "ไม่ระบุ" : String(p.issueNo), place, p);
  }
  const sortIssue = (a: SplitRow, b: SplitRow) => (Number(a.key) || Infinity) - (Number(b.key) || Infinity);
  return {
    ceilings,
    ...totals,
    byKind: [...byKind.values()],
    byIssue: [...byIssue.values()].sort(sortIssue),
    places,
    unpriced,
    pools,
    fill,
  };
}
