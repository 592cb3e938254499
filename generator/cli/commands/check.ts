/** `phaen check <files or folders…>`: the check report of each workbook, a summary for a batch, exit 0/1/2. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import type { Pack } from "../../../core";
import { resolvePack, standInLine } from "../../io/packs";
import { checkOutcome } from "../../reader/check-file";
import { EXIT, oneLine } from "../../../core/errors";
import { argPath, terminal, type CliIO, type TextOutput } from "../io";
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
  private pending: [TextOutput, string][] | undefined;
  private first = true;
  constructor(
    private readonly io: CliIO,
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
  private write(stream: TextOutput, text: string): void {
    if (this.pending) this.pending.push([stream, text]);
    else stream.write(text);
  }
  begin(): void {
    if (this.json) this.write(this.io.stdout, '{\n  "files": [\n');
  }
  file(o: FileOutcome): void {
    if (isUnreadable(o)) this.write(this.io.stderr, `phaen: ${oneLine(o.error)}\n`);
    else if (o.pack && !o.pack.covers) this.write(this.io.stderr, standInLine(o.file, o.fiscalYear, o.pack));
    if (this.json) {
      // Indented by its newlines only: a line-start regex also matches after U+2028 inside a string value, and is slower.
      const body = `    ${JSON.stringify(outcomeJson(this.lang, o), null, 2).replaceAll("\n", "\n    ")}`;
      this.write(this.io.stdout, `${this.first ? "" : ",\n"}${body}`);
      this.first = false;
    } else if (!isUnreadable(o)) {
      this.write(this.io.stdout, `${formatFileReport(this.lang, o)}\n\n`);
    }
  }
  end(summaries: FileOutcome[]): void {
    if (this.json) this.write(this.io.stdout, "\n  ]\n}\n");
    else if (summaries.length > 1) this.write(this.io.stdout, `${formatSummary(this.lang, summaries)}\n`);
  }
}

/** Checks every file in turn (a progress bar on a terminal); returns each file's summary without its findings. */
async function checkAll(files: string[], out: Output, pack: Pack | undefined, stderr: TextOutput): Promise<FileOutcome[]> {
  const tty = files.length > 1 ? terminal(stderr) : undefined;
  // The progress bar's module loads only when there is a terminal to draw it on.
  const cliProgress = tty ? (await import("cli-progress")).default : undefined;
  const bar =
    tty && cliProgress
      ? new cliProgress.SingleBar(
          { stream: tty, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true },
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

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const [paths] = cmd.processedArgs as [string[]];
  const opts = cmd.opts<{ lang?: string; json?: boolean; pack?: string }>();
  const lang = parseLang(opts.lang);
  const pack = await resolvePack(opts.pack);
  const files = await expandInputs(paths.map((p) => argPath(io, p)));
  if (!files.length) {
    io.stderr.write(`phaen: ${paths.join(", ")}: ไม่พบไฟล์ .xlsx / no .xlsx files found\n`);
    return EXIT.failed;
  }
  const summaries = await checkAll(files, new Output(io, lang, Boolean(opts.json)), pack, io.stderr);
  return batchExitCode(summaries);
}
