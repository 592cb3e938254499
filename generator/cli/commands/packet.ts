/** `phaen packet <workbooks or folders…> --committee กบจ|กบก|กนจ --out <file>`: one document for a committee meeting. */
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { DEFAULT_SETTINGS, packSettings, parseThaiDate } from "../../../core";
import { resolvePack } from "../../io/packs";
import { findDuplicates, type LeftOut, type PacketInput } from "../../documents";
import { writePacketFile } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { checkOutputs, writeOutputs } from "../../io/safe-write";
import { checkWorkbookFile } from "../../reader/check-file";
import { describeUnexpected, EXIT, UserError } from "../../../core/errors";
import { expandInputs } from "./check";
import { parseCommittee, selectForCommittee, type Readable } from "./packet-select";
import { attachPrevious } from "./packet-previous";
import { argPath, terminal, type CliIO, type TextOutput } from "../io";

export interface PacketOptions {
  committee: string;
  out: string;
  meetingDate?: string;
  force?: boolean;
  thaiDigits?: boolean;
  reference?: string;
  /** Workbooks or folders of the previous submission: each province's changes since then. */
  previous?: string[];
  /** `--pack <file or id>`. */
  pack?: string;
}

function progressBar(label: string, stderr: TextOutput | undefined) {
  const tty = stderr && terminal(stderr);
  if (!tty) return undefined;
  return new cliProgress.SingleBar(
    { stream: tty, format: `${label} {bar} {value}/{total}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/** Builds and writes the packet; returns the left-out workbooks (the caller exits 1 when there are any). */
/** `stderr` draws the progress bars when it is a terminal. */
export async function packet(paths: string[], opts: PacketOptions, stderr?: TextOutput): Promise<LeftOut[]> {
  const committee = parseCommittee(opts.committee);
  if (!committee)
    throw new UserError(
      `ไม่รู้จักคณะกรรมการ ${opts.committee} (ใช้ กบจ|กบก|กนจ)`,
      `unknown committee ${opts.committee} (use กบจ|กบก|กนจ or kbj|kbk|knj)`,
    );
  const meetingDate = opts.meetingDate ? parseThaiDate(opts.meetingDate) : null;
  if (opts.meetingDate && !meetingDate)
    throw new UserError(`อ่านวันที่ประชุม "${opts.meetingDate}" ไม่ได้`, `cannot read the meeting date "${opts.meetingDate}"`);
  const files = await expandInputs(paths);
  if (!files.length) throw new UserError("ไม่พบไฟล์ .xlsx", "no .xlsx files found", paths.join(", "));
  await checkOutputs([opts.out], { force: Boolean(opts.force), inputs: files });
  const reference = await loadReference(opts.reference ?? DEFAULT_REFERENCE);
  const pack = await resolvePack(opts.pack);

  const readable: Readable[] = [];
  const unreadable: LeftOut[] = [];
  const reading = progressBar("อ่านสมุดงาน / reading", stderr);
  reading?.start(files.length, 0);
  for (const file of files) {
    try {
      readable.push({ file, result: await checkWorkbookFile(file, { pack }) });
    } catch (e) {
      const err = describeUnexpected(e, file);
      unreadable.push({ file, reason: `อ่านไม่ได้: ${err.th}`, reasonEn: `unreadable: ${err.en}` });
    }
    reading?.increment();
  }
  reading?.stop();

  const { entries, leftOut } = selectForCommittee(committee, readable);
  const previousLeftOut = opts.previous ? await attachPrevious(entries, opts.previous) : [];
  const allLeftOut = [...unreadable, ...leftOut, ...previousLeftOut];
  const duplicates = findDuplicates(
    entries.map((e) => ({ province: e.result.province, projects: e.result.model.projects.rows })),
    (pack ? packSettings(pack) : DEFAULT_SETTINGS).nearDuplicateSimilarity,
  );
  const input: PacketInput = { committee, meetingDate, entries, leftOut: allLeftOut, duplicates };
  const writing = progressBar("เขียนเอกสาร / writing", stderr);
  writing?.start(entries.length, 0);
  await writeOutputs(
    [
      {
        path: opts.out,
        write: (tmp) =>
          writePacketFile(input, tmp, {
            thaiDigits: opts.thaiDigits,
            styles: reference.styles,
            letterhead: reference.letterhead,
            onProvince: (done) => writing?.update(done),
          }),
      },
    ],
    { force: Boolean(opts.force), inputs: files },
  );
  writing?.stop();
  return allLeftOut;
}

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const [paths] = cmd.processedArgs as [string[]];
  const opts = cmd.opts<PacketOptions>();
  const at = (p: string) => argPath(io, p);
  const leftOut = await packet(
    paths.map(at),
    {
      ...opts,
      out: at(opts.out),
      reference: opts.reference === undefined ? undefined : at(opts.reference),
      previous: opts.previous?.map(at),
    },
    io.stderr,
  );
  for (const l of leftOut) io.stderr.write(`phaen: ${l.file}: ${l.reason} / ${l.reasonEn}\n`);
  io.stdout.write(`${opts.out}\n`);
  return leftOut.length ? EXIT.findings : EXIT.ok;
}
