/**
 * `phaen check` on a secretariat's batch: 77 workbooks of 300 projects each,
 * built by the workbook builder from the ตราด sample's content. Times the
 * check (its own process) against a process that only reads the same files
 * with exceljs's normal reader, and reports both peak memories.
 * Targets: check ≤ 1.2 × exceljs alone; peak memory < 1 GiB.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCE } from "../core";
import { buildWorkbook, fillWorkbook, type WorkbookData } from "../generator/workbook";
import { SAMPLES } from "../templates/scripts/samples";
import { figure } from "./_figures";
import { scaledProjects } from "./_scaled";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKBOOKS = Number(process.env.PHAEN_BENCH_WORKBOOKS ?? 77);
const PROJECTS = 300;
const MAX_RATIO = 1.2;
const MAX_RSS_BYTES = 1024 ** 3;

async function generate(dir: string): Promise<void> {
  const trat = SAMPLES.find((s) => s.file.startsWith("trat"))!.data;
  const projects = scaledProjects(trat.projects ?? [], PROJECTS);
  const provinces = REFERENCE.provinces.filter((p) => !p.specialAdministration);
  for (let i = 0; i < WORKBOOKS; i++) {
    const p = provinces[i % provinces.length];
    const data: WorkbookData = {
      ...trat,
      info: { ...trat.info, province: p.th, cluster: REFERENCE.clusterOf(p.th, 2552)?.th ?? null },
      projects,
    };
    const wb = fillWorkbook(buildWorkbook(), data);
    await wb.xlsx.writeFile(join(dir, `${String(i + 1).padStart(2, "0")}-${p.code}.xlsx`));
  }
}

interface Run {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  maxRssBytes: number;
  status: number | null;
}

/** Runs a Node child under /usr/bin/time -v for its peak memory. */
function timed(args: string[], stdoutFile?: string): Run {
  const out = stdoutFile ? openSync(stdoutFile, "w") : "ignore";
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", out, "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (typeof out === "number") closeSync(out);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu("User") + cpu("System"), maxRssBytes: kb * 1024, status: r.status };
}

const READ_ONLY = `
import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
const dir = process.argv[1];
for (const f of readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort()) await new ExcelJS.Workbook().xlsx.load(await readFile(join(dir, f)));
`;

const dir = mkdtempSync(join(tmpdir(), "phaen-bench-check-"));
const report = join(dir, "report.json.out");

/** The check must really have checked every workbook, or its time means nothing. */
function checkedFiles(): number {
  try {
    const j = JSON.parse(readFileSync(report, "utf8")) as { files: { counts?: unknown }[] };
    return j.files.filter((f) => f.counts).length;
  } catch {
    return 0;
  }
}
try {
  const g0 = Date.now();
  await generate(dir);
  process.stdout.write(`${WORKBOOKS} workbooks × ${PROJECTS} projects generated in ${((Date.now() - g0) / 1000).toFixed(1)} s\n`);
  // Time the CLI as `npm ci` installs it: from its bundle, not compiled from the sources on the fly.
  spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  // Warm the file cache so neither run pays a first-time cost.
  timed(["--input-type=module", "-e", READ_ONLY, dir]);
  timed([join(ROOT, "bin/phaen.mjs"), "rules"]);
  // Best of two runs each, alternating, so a noisy moment does not decide the ratio.
  const runs = [0, 1].map(() => ({
    exceljs: timed(["--input-type=module", "-e", READ_ONLY, dir]),
    check: timed([join(ROOT, "bin/phaen.mjs"), "check", dir, "--json"], report),
  }));
  const best = (k: "exceljs" | "check") => runs.map((r) => r[k]).reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const exceljs = best("exceljs");
  const check = best("check");
  const ratio = check.seconds / exceljs.seconds;
  const mib = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MiB`;
  const line = (name: string, r: Run) =>
    `${name} ${r.seconds.toFixed(2)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU, peak ${mib(r.maxRssBytes)}\n`;
  process.stdout.write(line("exceljs read only:", exceljs));
  process.stdout.write(line("phaen check:      ", check));
  process.stdout.write(
    `ratio check / exceljs: ${ratio.toFixed(2)} wall (target ≤ ${MAX_RATIO}), ${(check.cpuSeconds / exceljs.cpuSeconds).toFixed(2)} CPU\n`,
  );
  process.stdout.write(`peak memory of check: ${mib(check.maxRssBytes)} (target < ${mib(MAX_RSS_BYTES)})\n`);
  const checked = checkedFiles();
  process.stdout.write(`workbooks checked: ${checked} of ${WORKBOOKS}\n`);
  figure("check: time ratio check / exceljs", "ratio", Number(ratio.toFixed(3)), MAX_RATIO);
  figure("check: peak memory", "bytes", check.maxRssBytes, MAX_RSS_BYTES);
  figure("check: workbooks not checked", "count", WORKBOOKS - checked, 0);
  const ok = checked === WORKBOOKS && ratio <= MAX_RATIO && check.maxRssBytes < MAX_RSS_BYTES;
  if (!ok) process.stdout.write("check benchmark missed its target\n");
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
