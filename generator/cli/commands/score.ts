/**
 * `phaen score <file>`: the milestone KPI table. Exit codes follow the
 * contract of issue 2: 0 scored and no error finding, 1 scored but the
 * workbook has error findings (its score may rest on bad data), 2 unreadable.
 */
import type { Command } from "commander";
import { resolvePack, standInLine } from "../../io/packs";
import { checkWorkbookFile } from "../../reader/check-file";
import { formatKpiDetail } from "../report/kpi";
import { parseLang, t } from "../report/lang";
import { countsLine } from "../report/findings";

export function register(program: Command): void {
  program
    .command("score")
    .description("คำนวณคะแนนตัวชี้วัดแบบขั้นความสำเร็จ / score the milestone KPIs of a workbook")
    .argument("<file>", "ไฟล์ .xlsx / an .xlsx workbook")
    .option("--lang <lang>", "ภาษา th หรือ en / language: th or en", "th")
    .option("--json", "พิมพ์ผลเป็น JSON / print JSON")
    .option("--pack <file or id>", "ชุดกติกา (ไฟล์ JSON/YAML หรือรหัส เช่น FY2552) / rule pack: a JSON/YAML file or an id such as FY2552")
    .action(async (file: string, opts: { lang?: string; json?: boolean; pack?: string }) => {
      const lang = parseLang(opts.lang);
      const r = await checkWorkbookFile(file, { pack: await resolvePack(opts.pack) });
      if (r.pack && !r.pack.covers) process.stderr.write(standInLine(file, r.model.info.values.fiscalYear, r.pack));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ file, province: r.province, pack: r.pack, counts: r.counts, kpi: r.kpi }, null, 2)}\n`);
      } else {
        const out = [`${file}: ${r.province || t(lang, "(ไม่ระบุจังหวัด)", "(province not given)")}`];
        if (!r.kpi.length) out.push(t(lang, "ไม่มีตัวชี้วัดสำหรับปีงบประมาณนี้", "no KPI defined for this fiscal year"));
        for (const k of r.kpi) out.push("", formatKpiDetail(lang, k));
        if (r.counts.error > 0) {
          out.push("", `${countsLine(lang, r.counts)}: ${t(lang, "ดูรายละเอียดด้วย phaen check", "see phaen check for details")}`);
        }
        process.stdout.write(`${out.join("\n")}\n`);
      }
      process.exitCode = r.counts.error > 0 ? 1 : 0;
    });
}
