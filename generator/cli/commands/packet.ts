/** `phaen packet <workbooks or folders…> --committee กบจ|กบก|กนจ --out <file>`: one document for a committee meeting. */
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { DEFAULT_SETTINGS, parseThaiDate } from "../../../core";
import { findDuplicates, type LeftOut, type PacketInput } from "../../documents";
import { writePacketFile } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { checkOutputs, writeOutputs } from "../../io/safe-write";
import { checkWorkbookFile } from "../../reader/check-file";
import { describeUnexpected, EXIT, UserError } from "../../../core/errors";
import { expandInputs } from "./check";
import { parseCommittee, selectForCommittee, type Readable } from "./packet-select";
import { attachPrevious } from "./packet-previous";

export interface PacketOptions {
  committee: string;
  out: string;
  meetingDate?: string;
  force?: boolean;
  thaiDigits?: boolean;
  reference?: string;
  /** Workbooks or folders of the previous submission: each province's changes since then. */
  previous?: string[];
}

function progressBar(label: string) {
  if (!process.stderr.isTTY) return undefined;
  return new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} {bar} {value}/{total}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/** Builds and writes the packet; returns the left-out workbooks (the caller exits 1 when there are any). */
export async function packet(paths: string[], opts: PacketOptions): Promise<LeftOut[]> {
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

  const readable: Readable[] = [];
  const unreadable: LeftOut[] = [];
  const reading = progressBar("อ่านสมุดงาน / reading");
  reading?.start(files.length, 0);
  for (const file of files) {
    try {
      readable.push({ file, result: await checkWorkbookFile(file) });
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
    DEFAULT_SETTINGS.nearDuplicateSimilarity,
  );
  const input: PacketInput = { committee, meetingDate, entries, leftOut: allLeftOut, duplicates };
  const writing = progressBar("เขียนเอกสาร / writing");
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

export function register(program: Command): void {
  program
    .command("packet")
    .description("จัดทำเอกสารประกอบการประชุมคณะกรรมการ / write a committee meeting packet")
    .argument("<paths...>", "ไฟล์ .xlsx หรือโฟลเดอร์ / .xlsx files or folders")
    .requiredOption("--committee <committee>", "คณะกรรมการ กบจ|กบก|กนจ (kbj|kbk|knj)")
    .requiredOption("--out <file>", "ไฟล์ .docx ผลลัพธ์ / output .docx")
    .option("--meeting-date <date>", "วันที่ประชุม เช่น 15 ม.ค. 52 / meeting date")
    .option("--thai-digits", "ใช้เลขไทย / print Thai digits")
    .option("--force", "เขียนทับไฟล์เดิม / overwrite an existing file")
    .option("--reference <docx>", "ไฟล์ต้นแบบสไตล์ Word / Word style reference", DEFAULT_REFERENCE)
    .option("--previous <paths...>", "สมุดงานหรือโฟลเดอร์ของการเสนอครั้งก่อน / workbooks or folders of the previous submission")
    .action(async (paths: string[], opts: PacketOptions) => {
      const leftOut = await packet(paths, opts);
      for (const l of leftOut) process.stderr.write(`phaen: ${l.file}: ${l.reason} / ${l.reasonEn}\n`);
      process.stdout.write(`${opts.out}\n`);
      process.exitCode = leftOut.length ? EXIT.findings : EXIT.ok;
    });
}
