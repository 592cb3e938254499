/**
 * Memory per project row: `phaen check` on one workbook of N project rows
 * (the ตราด sample's projects scaled up), for two sizes, under
 * /usr/bin/time -v. The slope between them is the memory one row (and one
 * cell) costs; the rows and cells that fit in 2 GiB follow. Targets: the
 * documented limits (LIMITS.maxRows, LIMITS.maxCells) fit in 2 GiB, and the
 * largest workbook of such rows the limits admit (the row limit, or the
 * unpacked-size limit when that comes first) is checked within 2 GiB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gateWorkbook, LIMITS, listEntries } from "../generator/gate";
import { buildWorkbook, fillWorkbook } from "../generator/workbook";
import { SAMPLES } from "../templates/scripts/samples";
import { scaledProjects } from "./_scaled";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET = 2 * 1024 ** 3;
const SIZES = (process.env.PHAEN_BENCH_ROWS ?? "1000,6000").split(",").map(Number);
const mib = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MiB`;

async function write(file: string, rows: number): Promise<void> {
  const trat = SAMPLES.find((s) => s.file.startsWith("trat"))!.data;
  await fillWorkbook(buildWorkbook(), { ...trat, projects: scaledProjects(trat.projects ?? [], rows) }).xlsx.writeFile(file);
}

function peak(file: string): { rss: number; status: number | null; refusal?: string } {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, join(ROOT, "bin/phaen.mjs"), "check", file, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { rss: kb * 1024, status: r.status, refusal: /^phaen: .*$/m.exec(r.stderr)?.[0] };
}

const dir = mkdtempSync(join(tmpdir(), "phaen-bench-rows-"));
try {
  spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  const runs = [];
  for (const n of SIZES) {
    const file = join(dir, `rows-${n}.xlsx`);
    await write(file, n);
    const bytes = readFileSync(file);
    const unpacked = listEntries(bytes, LIMITS.maxEntries).reduce((sum, e) => sum + e.uncompressedSize, 0);
    const cells = gateWorkbook(file, bytes).sheets.reduce((sum, s) => sum + s.count.cells, 0);
    const r = peak(file);
    runs.push({ n, unpacked, cells, ...r });
    process.stdout.write(
      `${n.toLocaleString("en-US")} project rows (${cells.toLocaleString("en-US")} cells, ${mib(unpacked)} unpacked): peak ${mib(r.rss)} (exit ${r.status})\n`,
    );
  }
  const [a, b] = [runs[0], runs[runs.length - 1]];
  const perRow = (b.rss - a.rss) / (b.n - a.n);
  const perCell = (b.rss - a.rss) / (b.cells - a.cells);
  const base = a.rss - perRow * a.n;
  const fits = Math.floor((BUDGET - base) / perRow);
  const fitsCells = Math.floor((BUDGET - base) / perCell);
  process.stdout.write(
    `memory per row: ${(perRow / 1024).toFixed(1)} KiB, per cell ${(perCell / 1024).toFixed(2)} KiB; base ${mib(base)}\n`,
  );
  process.stdout.write(
    `rows that fit in 2 GiB: ${fits.toLocaleString("en-US")} (limit ${LIMITS.maxRows.toLocaleString("en-US")}); cells: ${fitsCells.toLocaleString("en-US")} (limit ${LIMITS.maxCells.toLocaleString("en-US")})\n`,
  );
  let ok = runs.every((r) => r.status !== null && r.status <= 1) && LIMITS.maxRows <= fits && LIMITS.maxCells <= fitsCells;
  // The largest workbook of these rows the limits let through: the row limit, or the unpacked-size limit if it comes first.
  const bytesPerRow = (b.unpacked - a.unpacked) / (b.n - a.n);
  const bySize = Math.floor((0.98 * LIMITS.maxTotalUncompressedBytes - (a.unpacked - bytesPerRow * a.n)) / bytesPerRow);
  const byCells = Math.floor((0.98 * LIMITS.maxCells) / ((b.cells - a.cells) / (b.n - a.n)));
  const largest = Math.min(LIMITS.maxRows - 10, bySize, byCells);
  if (process.env.PHAEN_BENCH_AT_LIMIT !== "0") {
    const file = join(dir, "at-limit.xlsx");
    await write(file, largest);
    const r = peak(file);
    process.stdout.write(
      `largest admitted, ${largest.toLocaleString("en-US")} rows: peak ${mib(r.rss)} (exit ${r.status}, target < 2 GiB)\n`,
    );
    ok &&= r.status !== null && r.status <= 1 && r.rss < BUDGET;
  }
  if (!ok) process.stdout.write("reader memory benchmark missed its target\n");
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
