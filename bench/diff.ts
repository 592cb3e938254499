/**
 * `phaen diff` on two versions of a 5,000-project plan (the ตราด sample's
 * projects repeated with fresh codes and wording): 10 % of budgets cut, 2 %
 * of projects removed, 2 % added and 2 % renamed (matched by name). Times the
 * comparison alone (both versions already read and checked), at 2,500 and
 * 5,000 projects, best of three.
 * Targets: 5,000 projects under 2 s; doubling the projects at most 2.6 × the time (linear, not all pairs).
 */
import { performance } from "node:perf_hooks";
import { checkGrids, type CellValue, type Grid } from "../core";
import { diffPlans } from "../core/diff";
import { readWorkbookFile } from "../generator/reader";

const MAX_SECONDS = 2;
const MAX_GROWTH = 2.6;

function keyRowOf(g: Grid): number {
  return g.rows.findIndex((r) => r.includes("code") && r.includes("budget"));
}

/** The sample's projects grid scaled to n rows, each copy with its own code, name and place. */
function scaled(grids: Grid[], n: number): Grid[] {
  return grids.map((g) => {
    const k = keyRowOf(g);
    if (k < 0) return g;
    const keys = g.rows[k];
    const [code, name, location] = ["code", "name", "location"].map((c) => keys.indexOf(c));
    const base = g.rows.slice(k + 1).filter((r) => r[code]);
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => {
      const r = [...base[i % base.length]];
      r[code] = `B-${String(i).padStart(5, "0")}`;
      r[name] = `${String(r[name])} ชุดที่ ${i}`;
      r[location] = `${String(r[location])} หมู่ ${i % 97}`;
      return r;
    });
    return { ...g, rows: [...g.rows.slice(0, k + 1), ...rows] };
  });
}

function newerVersion(grids: Grid[]): Grid[] {
  return grids.map((g) => {
    const k = keyRowOf(g);
    if (k < 0) return g;
    const keys = g.rows[k];
    const [code, budget] = ["code", "budget"].map((c) => keys.indexOf(c));
    const rows: CellValue[][] = [];
    g.rows.slice(k + 1).forEach((src, i) => {
      if (i % 50 === 7) return;
      const r = [...src];
      if (i % 10 === 3 && typeof r[budget] === "number") r[budget] = (r[budget] as number) - 100_000;
      if (i % 50 === 11) r[code] = `R-${String(i).padStart(5, "0")}`;
      rows.push(r);
      if (i % 50 === 13)
        rows.push([...src.map((v, c) => (c === code ? `N-${i}` : v))].map((v, c) => (c === keys.indexOf("name") ? `โครงการใหม่ที่ ${i}` : v)));
    });
    return { ...g, rows: [...g.rows.slice(0, k + 1), ...rows] };
  });
}

function timeDiff(sample: Grid[], n: number): { seconds: number; changes: number } {
  const olderGrids = scaled(sample, n);
  const older = checkGrids(olderGrids);
  const newer = checkGrids(newerVersion(olderGrids));
  let best = Infinity;
  let changes = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const diff = diffPlans({ label: "older", result: older }, { label: "newer", result: newer });
    best = Math.min(best, (performance.now() - t0) / 1000);
    changes = diff.projects.length;
  }
  return { seconds: best, changes };
}

const sample = await readWorkbookFile("templates/samples/trat-2552.xlsx");
const half = timeDiff(sample, 2500);
const full = timeDiff(sample, 5000);
const growth = full.seconds / half.seconds;
console.log(`diff 2,500 projects: ${half.seconds.toFixed(3)} s (${half.changes} projects changed)`);
console.log(`diff 5,000 projects: ${full.seconds.toFixed(3)} s (${full.changes} projects changed); target < ${MAX_SECONDS} s`);
console.log(`growth from 2,500 to 5,000: ${growth.toFixed(2)} × (target ≤ ${MAX_GROWTH} ×)`);
const ok = full.seconds < MAX_SECONDS && growth <= MAX_GROWTH;
console.log(ok ? "diff: targets met" : "diff: target missed");
process.exit(ok ? 0 : 1);
