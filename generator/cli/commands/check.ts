/** `phaen check <files or folders…>`: the check report of each workbook, a summary for a batch, exit 0/1/2. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { checkOutcome } from "../../reader/check-file";
import { oneLine } from "../errors";
import { formatFileReport } from "../report/findings";
import { parseLang } from "../report/lang";
import { batchExitCode, isUnreadable, type FileOutcome } from "../report/outcome";
import { checkJson, formatSummary } from "../report/summary";

/** Folders stand for the .xlsx files directly inside them (not Excel's ~$ lock files). */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(p);
      continue;
    }
    const names = (await readdir(p)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith(".")).sort();
    files.push(...names.map((n) => join(p, n)));
  }
  return files;
}

async function checkAll(files: string[]): Promise<FileOutcome[]> {
  const bar =
    files.length > 1 && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(files.length, 0, { file: "" });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    bar?.update(outcomes.length, { file });
    outcomes.push(await checkOutcome(file));
  }
  bar?.update(files.length, { file: "" });
  bar?.stop();
  return outcomes;
}

export function register(program: Command): void {
  program
    .command("check")
    .description("ตรวจสมุดงานแผนตามหลักเกณฑ์ / check plan workbooks against the screening criteria")
    .argument("<paths...>", "ไฟล์ .xlsx หรือโฟลเดอร์ / .xlsx files or folders")
    .option("--lang <lang>", "ภาษา th หรือ en / language: th or en", "th")
    .option("--json", "พิมพ์ผลเป็น JSON / print JSON")
    .action(async (paths: string[], opts: { lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      const files = await expandInputs(paths);
      if (!files.length) {
        process.stderr.write(`phaen: ${paths.join(", ")}: ไม่พบไฟล์ .xlsx / no .xlsx files found\n`);
        process.exitCode = 2;
        return;
      }
      const outcomes = await checkAll(files);
      if (opts.json) {
        process.stdout.write(`${checkJson(lang, outcomes)}\n`);
        for (const o of outcomes) if (isUnreadable(o)) process.stderr.write(`phaen: ${oneLine(o.error)}\n`);
      } else {
        for (const o of outcomes) {
          if (isUnreadable(o)) process.stderr.write(`phaen: ${oneLine(o.error)}\n`);
          else process.stdout.write(`${formatFileReport(lang, o)}\n\n`);
        }
        if (outcomes.length > 1) process.stdout.write(`${formatSummary(lang, outcomes)}\n`);
      }
      process.exitCode = batchExitCode(outcomes);
    });
}
