/** Project counts and budget by kind, budget source and strategic issue, before and after. */
import type { PlanModel } from "../model";
import { ENUMS, type Project } from "../schema";
import { ceilingSides } from "./ceiling";
import type { CeilingLine, TotalLine, Totals } from "./types";

type Tally = Map<string, { projects: number; budget: number }>;

function amount(p: Project): number {
  return typeof p.budget === "number" && Number.isFinite(p.budget) ? p.budget : 0;
}

function tally(rows: readonly Project[], keyOf: (p: Project) => string): Tally {
  const out: Tally = new Map();
  for (let i = 0; i < rows.length; i++) {
    const k = keyOf(rows[i]);
    let t = out.get(k);
    if (!t) out.set(k, (t = { projects: 0, budget: 0 }));
    t.projects++;
    t.budget += amount(rows[i]);
  }
  return out;
}

const NONE = { projects: 0, budget: 0 };

/** Lines for every key of either version: the enumeration's order first, others after, blank ("") last. */
function lines(a: Tally, b: Tally, order: readonly string[]): TotalLine[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const rank = (k: string) => (k === "" ? Number.MAX_SAFE_INTEGER : order.includes(k) ? order.indexOf(k) : order.length);
  keys.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y, "th", { numeric: true }));
  return keys.map((key) => line(key, a.get(key) ?? NONE, b.get(key) ?? NONE));
}

function line(key: string, before: { projects: number; budget: number }, after: { projects: number; budget: number }): TotalLine {
  return { key, before: { ...before }, after: { ...after }, difference: after.budget - before.budget };
}

export function diffTotals(older: PlanModel, newer: PlanModel): Totals {
  const a = older.projects.rows;
  const b = newer.projects.rows;
  const all = (rows: readonly Project[]) => ({ projects: rows.length, budget: rows.reduce((s, p) => s + amount(p), 0) });
  const by = (keyOf: (p: Project) => string, order: readonly string[]) => lines(tally(a, keyOf), tally(b, keyOf), order);
  const ca = ceilingSides(older);
  const cb = ceilingSides(newer);
  const ceilings: CeilingLine[] = (["province", "cluster"] as const)
    .filter((c) => ca[c].drawing + cb[c].drawing > 0 || ca[c].limit !== null || cb[c].limit !== null)
    .map((c) => ({ ceiling: c, before: ca[c], after: cb[c] }));
  return {
    all: line("", all(a), all(b)),
    ceilings,
    byKind: by(
      (p) => p.kind ?? "",
      ENUMS.projectKind.options.map((o) => o.value),
    ),
    bySource: by(
      (p) => p.budgetSource ?? "",
      ENUMS.budgetSource.options.map((o) => o.value),
    ),
    byIssue: by((p) => (p.issueNo === null || p.issueNo === undefined ? "" : String(p.issueNo)), []),
  };
}
