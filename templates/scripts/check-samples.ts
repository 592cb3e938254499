/**
 * Reads every written sample back (the CLI's own reader) and prints what core
 * finds: used while writing the samples to see the planted defects land and
 * the clean samples stay clean. `--all` prints warnings and infos too.
 */
import { join } from "node:path";
import { checkGrids } from "../../core";
import { readWorkbookFile } from "../../generator/reader";
import { SAMPLES } from "./samples";
import { SAMPLES_DIR } from "./write-samples";

const all = process.argv.includes("--all");
for (const s of SAMPLES) {
  const result = checkGrids(await readWorkbookFile(join(SAMPLES_DIR, s.file)));
  const rules = new Set(result.findings.map((f) => f.ruleId));
  console.log(`\n## ${s.file} (${result.province}): ${JSON.stringify(result.counts)}, ${rules.size} rules`);
  for (const f of result.findings) {
    if (all || f.severity === "error") console.log(`  ${f.severity}\t${f.ruleId}\t${f.sheet}!${f.cell}\t${f.message}`);
  }
  for (const k of result.kpi) console.log(`  KPI ${k.kpiId}: level ${k.level}, weighted ${k.weighted} (${k.summary.th})`);
}
