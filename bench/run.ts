/**
 * `npm run bench`: runs every benchmark in its own process, one after the
 * other, so their timings and peak memory do not disturb each other. Each
 * prints its figures and ratios and exits non-zero when it misses a target.
 *
 *   npm run bench                      every benchmark
 *   npm run bench -- pane rules        those whose file name contains a word
 *   npm run bench -- --json FILE       also writes every figure to FILE (see _figures.ts)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FIGURES_ENV, type Figure } from "./_figures";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
if (jsonAt >= 0 && !jsonFile) {
  process.stderr.write("--json ต้องตามด้วยชื่อไฟล์ / --json needs a file name\n");
  process.exit(2);
}
const only = args.filter((_, i) => jsonAt < 0 || (i !== jsonAt && i !== jsonAt + 1));
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const scratch = mkdtempSync(join(tmpdir(), "phaen-bench-figures-"));
const figuresFile = join(scratch, "figures.jsonl");
writeFileSync(figuresFile, "");
const failed: string[] = [];
try {
  for (const file of benches) {
    process.stdout.write(`\n== ${file}\n`);
    const r = spawnSync(process.execPath, [join(here, "..", "bin", "run-ts.mjs"), join(here, file)], {
      stdio: "inherit",
      env: { ...process.env, [FIGURES_ENV]: figuresFile },
    });
    if (r.status !== 0) failed.push(file);
  }
  if (jsonFile) {
    const figures = readFileSync(figuresFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Figure);
    writeFileSync(resolve(jsonFile), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`\n${figures.length} figures written to ${jsonFile}\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(
  `\n${benches.length - failed.length} of ${benches.length} benchmarks met their targets${failed.length ? `; missed: ${failed.join(", ")}` : ""}\n`,
);
process.exit(failed.length ? 1 : 0);
