/** `phaen check <files or folders…>`: the check report of each workbook, a summary for a batch, exit 0/1/2. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import type { Pack } from "../../../core";
import { resolvePack, standInLine } from "../../io/packs";
import { checkOutcome } from "../../reader/check-file";
import { oneLine } from "../../../core/errors";
import { formatFileReport } from "../report/findings";
import { parseLang, type Lang } from "../report/lang";
import { batchExitCode, isUnreadable, type FileOutcome } from "../report/outcome";
import { formatSummary, outcomeJson } from "../report/summary";

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

/**
 * Where each file's result goes as soon as it is checked. Only the summary of
 * a file (no findings) is kept, so a batch of any size runs in the memory of
 * one workbook; while a progress bar holds the terminal, output waits for it.
 */
class Output {
  private pending: [NodeJS.WriteStream, string][] | undefined;
  private first = true;
  constructor(
    private readonly lang: Lang,
    private readonly json: boolean,
  ) {}
  hold(): void {
    this.pending = [];
  }
  release(): void {
    for (const [stream, text] of this.pending ?? []) stream.write(text);
    this.pending = undefined;
  }
  private write(stream: NodeJS.WriteStream, text: string): void {
    if (this.pending) this.pending.push([stream, text]);
    else stream.write(text);
  }
  begin(): void {
    if (this.json) this.write(process.stdout, '{\n  "files": [\n');
  }
  file(o: FileOutcome): void {
    if (isUnreadable(o)) this.write(process.stderr, `phaen: ${oneLine(o.error)}\n`);
    else if (o.pack && !o.pack.covers) this.write(process.stderr, standInLine(o.file, o.fiscalYear, o.pack));
    if (this.json) {
      const body = JSON.stringify(outcomeJson(this.lang, o), null, 2).replace(/^/gm, "    ");
      this.write(process.stdout, `${this.first ? "" : ",\n"}${body}`);
      this.first = false;
    } else if (!isUnreadable(o)) {
      this.write(process.stdout, `${formatFileReport(this.lang, o)}\n\n`);
    }
  }
  end(summaries: FileOutcome[]): void {
    if (this.json) this.write(process.stdout, "\n  ]\n}\n");
    else if (summaries.length > 1) this.write(process.stdout, `${formatSummary(this.lang, summaries)}\n`);
  }
}

/** Checks every file in turn (a progress bar on a terminal); returns each file's summary without its findings. */
async function checkAll(files: string[], out: Output, pack: Pack | undefined): Promise<FileOutcome[]> {
  const bar =
    files.length > 1 && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  if (bar) out.hold();
  bar?.start(files.length, 0, { file: "" });
  out.begin();
  const summaries: FileOutcome[] = [];
  for (const file of files) {
    bar?.update(summaries.length, { file });
    const o = await checkOutcome(file, { pack });
    out.file(o);
    summaries.push(isUnreadable(o) ? o : { ...o, findings: [] });
  }
  out.end(summaries);
  bar?.update(files.length, { file: "" });
  bar?.stop();
  out.release();
  return summaries;
}

export function register(program: Command): void {
  program
    .command("check")
    .description("ตรวจสมุดงานแผนตามหลักเกณฑ์ / check plan workbooks against the screening criteria")
    .argument("<paths...>", "ไฟล์ .xlsx หรือโฟลเดอร์ / .xlsx files or folders")
    .option("--lang <lang>", "ภาษา th หรือ en / language: th or en", "th")
    .option("--json", "พิมพ์ผลเป็น JSON / print JSON")
    .option("--pack <file or id>", "ชุดกติกา (ไฟล์ JSON/YAML หรือรหัส เช่น FY2552) / rule pack: a JSON/YAML file or an id such as FY2552")
    .action(async (paths: string[], opts: { lang?: string; json?: boolean; pack?: string }) => {
      const lang = parseLang(opts.lang);
      const pack = await resolvePack(opts.pack);
      // `phaen check … | head` closes the pipe early: stop quietly rather than report a broken pipe.
      process.stdout.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      });
      const files = await expandInputs(paths);
      if (!files.length) {
        process.stderr.write(`phaen: ${paths.join(", ")}: ไม่พบไฟล์ .xlsx / no .xlsx files found\n`);
        process.exitCode = 2;
        return;
      }
      const summaries = await checkAll(files, new Output(lang, Boolean(opts.json)), pack);
      process.exitCode = batchExitCode(summaries);
    });
}
