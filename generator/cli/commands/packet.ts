/** `phaen packet <workbooks or folders…> --committee กบจ|กบก|กนจ|กนบ|อนุกรรมการประจำภาค --out <file>`: one document for a committee meeting. */
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { basename, resolve } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { DEFAULT_SETTINGS, packSettings, parseThaiDate } from "../../../core";
import { resolvePack } from "../../io/packs";
import { findDuplicates, type LeftOut, type PacketInput } from "../../documents";
import { writePacketFile } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { checkOutputs, writeOutputs } from "../../io/safe-write";
import { LIMITS } from "../../gate";
import { readInputFile } from "../../io/read-input";
import { checkWorkbookFile } from "../../reader/check-file";
import { describeUnexpected, EXIT, UserError } from "../../../core/errors";
import { requireValue } from "../usage-errors";
import { expandInputs } from "./check";
import { parseCommittee, selectForCommittee, type Readable } from "./packet-select";
import { attachPrevious } from "./packet-previous";
import { argPath, terminal, type CliIO, type TextOutput } from "../io";

export interface PacketOptions {
  committee: string;
  out: string;
  meetingDate?: string;
  meetingNo?: string;
  meetingPlace?: string;
  force?: boolean;
  thaiDigits?: boolean;
  reference?: string;
  /** Workbooks or folders of the previous submission: each province's changes since then. */
  previous?: string[];
  /** `--pack <file or id>`. */
  pack?: string;
  /** `--region`: the regional sub-committee's region (by default the one most of the workbooks belong to). */
  region?: string;
}

function progressBar(label: string, stderr: TextOutput | undefined) {
  const tty = stderr && terminal(stderr);
  if (!tty) return undefined;
  return new cliProgress.SingleBar(
    { stream: tty, format: `${label} {bar} {value}/{total}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/**
 * The same workbook given twice (the same file by another path, or a copy
 * identical byte for byte) counts once; the packet lists the second as left out.
 */
async function givenTwice(file: string, seen: Map<string, string>): Promise<LeftOut | undefined> {
  const path = await realpath(file).catch(() => resolve(file));
  const bytes = await readInputFile(file, LIMITS.maxFileBytes).catch(() => undefined);
  const keys = [`path:${path}`, ...(bytes ? [`sha256:${createHash("sha256").update(bytes).digest("hex")}`] : [])];
  const first = keys.map((k) => seen.get(k)).find(Boolean);
  if (first) {
    const name = basename(first);
    return {
      file,
      reason: `ระบุซ้ำ: เป็นสมุดงานเดียวกับ ${name} จึงนับครั้งเดียว`,
      reasonEn: `given twice: the same workbook as ${name}, counted once`,
    };
  }
  for (const k of keys) seen.set(k, file);
  return undefined;
}

/** Builds and writes the packet; returns the left-out workbooks (the caller exits 1 when there are any). */
/** `stderr` draws the progress bars when it is a terminal. */
export async function packet(paths: string[], opts: PacketOptions, stderr?: TextOutput): Promise<LeftOut[]> {
  requireValue(opts.out, "--out");
  const committee = parseCommittee(opts.committee);
  if (!committee)
    throw new UserError(
      `ไม่รู้จักคณะกรรมการ ${opts.committee} (ใช้ กบจ|กบก|กนจ|กนบ|อนุกรรมการประจำภาค)`,
      `unknown committee ${opts.committee} (use กบจ|กบก|กนจ|กนบ|regional or kbj|kbk|knj|knb)`,
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
  const seen = new Map<string, string>();
  for (const file of files) {
    const twice = await givenTwice(file, seen);
    if (twice) {
      unreadable.push(twice);
      reading?.increment();
      continue;
    }
    try {
      readable.push({ file, result: await checkWorkbookFile(file, { pack }) });
    } catch (e) {
      const err = describeUnexpected(e, file);
      unreadable.push({ file, reason: `อ่านไม่ได้: ${err.th}`, reasonEn: `unreadable: ${err.en}` });
    }
    reading?.increment();
  }
  reading?.stop();
  if (!readable.length) {
    const first = unreadable[0];
    throw new UserError(
      `ไม่มีสมุดงานที่อ่านได้ จึงไม่เขียนเอกสาร (${first.reason})`,
      `no workbook can be read, so no packet is written (${first.reasonEn})`,
      files.length === 1 ? first.file : files.join(", "),
    );
  }

  const { entries, leftOut } = selectForCommittee(committee, readable, { pack, region: opts.region });
  const previousLeftOut = opts.previous ? await attachPrevious(entries, opts.previous) : [];
  const allLeftOut = [...unreadable, ...leftOut, ...previousLeftOut];
  const duplicates = findDuplicates(
    entries.map((e) => ({ province: e.result.province, projects: e.result.model.projects.rows })),
    (pack ? packSettings(pack) : DEFAULT_SETTINGS).nearDuplicateSimilarity,
  );
  const input: PacketInput = {
    committee,
    meetingDate,
    meetingNo: opts.meetingNo?.trim() || null,
    meetingPlace: opts.meetingPlace?.trim() || null,
    entries,
    leftOut: allLeftOut,
    duplicates,
  };
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
