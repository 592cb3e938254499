/**
 * `npm run bench`: runs every benchmark in its own process, one after the
 * other, so their timings and peak memory do not disturb each other. Each
 * prints its figures and ratios and exits non-zero when it misses a target.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

const failed: string[] = [];
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(process.execPath, [join(here, "..", "bin", "run-ts.mjs"), join(here, file)], { stdio: "inherit" });
  if (r.status !== 0) failed.push(file);
}
process.stdout.write(
  `\n${benches.length - failed.length} of ${benches.length} benchmarks met their targets${failed.length ? `; missed: ${failed.join(", ")}` : ""}\n`,
);
process.exit(failed.length ? 1 : 0);
