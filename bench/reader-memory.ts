/**
 * Memory per project row: `phaen check` on one workbook of N project rows
 * (the ตราด sample's projects scaled up), for two sizes, under
 * /usr/bin/time -v. The slope between them is the memory one row costs; the
 * rows that fit in 2 GiB follow. Target: the documented row limit
 * (LIMITS.maxRows) fits in 2 GiB, and a workbook just under it is checked
 * within 2 GiB when PHAEN_BENCH_AT_LIMIT=1 (slow: it builds and checks it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMITS } from "../generator/gate";
import { buildWorkbook, fillWorkbook } from "../generator/workbook";
import { SAMPLES } from "../templates/scripts/samples";
import { scaledProjects } from "./_scaled";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET = 2 * 1024 ** 3;
const SIZES = (process.env.PHAEN_BENCH_ROWS ?? "1000,4000").split(",").map(Number);
const mib = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MiB`;

async function write(file: string, rows: number): Promise<void> {
  const trat = SAMPLES.find((s) => s.file.startsWith("trat"))!.data;
  await fillWorkbook(buildWorkbook(), { ...trat, projects: scaledProjects(trat.projects ?? [], rows) }).xlsx.writeFile(file);
}

function peak(file: string): { rss: number; status: number | null } {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, join(ROOT, "bin/phaen.mjs"), "check", file, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { rss: kb * 1024, status: r.status };
}

const dir = mkdtempSync(join(tmpdir(), "phaen-bench-rows-"));
try {
  spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  const runs = [];
  for (const n of SIZES) {
    const file = join(dir, `rows-${n}.xlsx`);
    await write(file, n);
    const r = peak(file);
    runs.push({ n, ...r });
    process.stdout.write(`${n.toLocaleString("en-US")} project rows: peak ${mib(r.rss)} (exit ${r.status})\n`);
  }
  const [a, b] = [runs[0], runs[runs.length - 1]];
  const perRow = (b.rss - a.rss) / (b.n - a.n);
  const base = a.rss - perRow * a.n;
  const fits = Math.floor((BUDGET - base) / perRow);
  process.stdout.write(`memory per row: ${(perRow / 1024).toFixed(1)} KiB; base ${mib(base)}\n`);
  process.stdout.write(`rows that fit in 2 GiB: ${fits.toLocaleString("en-US")}; documented limit ${LIMITS.maxRows.toLocaleString("en-US")}\n`);
  let ok = runs.every((r) => r.status !== null && r.status <= 1) && LIMITS.maxRows <= fits;
  if (process.env.PHAEN_BENCH_AT_LIMIT === "1") {
    const n = LIMITS.maxRows - 10;
    const file = join(dir, "at-limit.xlsx");
    await write(file, n);
    const r = peak(file);
    process.stdout.write(`at the limit, ${n.toLocaleString("en-US")} rows: peak ${mib(r.rss)} (exit ${r.status}, target < 2 GiB)\n`);
    ok &&= r.status !== null && r.status <= 1 && r.rss < BUDGET;
  }
  if (!ok) process.stdout.write("reader memory benchmark missed its target\n");
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
