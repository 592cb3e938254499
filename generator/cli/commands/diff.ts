/** `phaen diff <older.xlsx> <newer.xlsx>`: what changed between two versions of a plan; exit 0 compared, 2 unreadable or bad arguments. */
import { basename } from "node:path";
import type { Command } from "commander";
import { diffJson, diffPlans, sameProvince, type PlanDiff } from "../../../core/diff";
import { EXIT, UserError } from "../../../core/errors";
import type { Pack } from "../../../core/packs/schema";
import { buildComparisonDocument } from "../../documents/diff";
import { packDocument } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { resolvePack } from "../../io/packs";
import { bufferOutput, checkOutputs, writeOutputs } from "../../io/safe-write";
import { checkWorkbookFile } from "../../reader/check-file";
import { formatDiffReport } from "../report/diff";
import { parseLang } from "../report/lang";
import { argPath, type CliIO } from "../io";

export interface DiffOptions {
  lang?: string;
  json?: boolean;
  out?: string;
  force?: boolean;
  anyProvince?: boolean;
  thaiDigits?: boolean;
  reference?: string;
  /** The rule pack both versions are checked under (a file or a bundled id); by default each workbook's year chooses. */
  pack?: string;
}

/** Reads both workbooks through the reader's safety gate and compares them; refuses two provinces unless asked. */
export async function compareFiles(older: string, newer: string, opts: { anyProvince?: boolean; pack?: Pack } = {}): Promise<PlanDiff> {
  const a = await checkWorkbookFile(older, { pack: opts.pack });
  const b = await checkWorkbookFile(newer, { pack: opts.pack });
  if (!opts.anyProvince && !sameProvince(a, b))
    throw new UserError(
      `เป็นแผนต่างจังหวัดกัน (${a.province || "ไม่ระบุ"} กับ ${b.province || "ไม่ระบุ"}) ใช้ --any-province หากตั้งใจเปรียบเทียบ`,
      `the workbooks are of different provinces (${a.province || "unnamed"} and ${b.province || "unnamed"}); use --any-province to compare them anyway`,
      newer,
    );
  return diffPlans({ label: basename(older), result: a }, { label: basename(newer), result: b });
}

export async function diffCommand(older: string, newer: string, opts: DiffOptions): Promise<string> {
  const lang = parseLang(opts.lang);
  // An existing --out is refused before anything is read (a refused run does nothing).
  if (opts.out) await checkOutputs([opts.out], { force: Boolean(opts.force), inputs: [older, newer] });
  const diff = await compareFiles(older, newer, { anyProvince: opts.anyProvince, pack: await resolvePack(opts.pack) });
  if (opts.out) {
    const reference = await loadReference(opts.reference ?? DEFAULT_REFERENCE);
    const spec = buildComparisonDocument(diff, { thaiDigits: opts.thaiDigits, styles: reference.styles, letterhead: reference.letterhead });
    await writeOutputs([bufferOutput(opts.out, () => packDocument(spec))], { force: Boolean(opts.force), inputs: [older, newer] });
  }
  if (opts.json) return `${JSON.stringify(diffJson(diff), null, 2)}\n`;
  return `${formatDiffReport(lang, diff)}\n${opts.out ? `\n${opts.out}\n` : ""}`;
}

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const [older, newer] = cmd.processedArgs as [string, string];
  const opts = cmd.opts<DiffOptions>();
  const at = (p: string) => argPath(io, p);
  io.stdout.write(
    await diffCommand(at(older), at(newer), {
      ...opts,
      out: opts.out === undefined ? undefined : at(opts.out),
      reference: opts.reference === undefined ? undefined : at(opts.reference),
    }),
  );
  return EXIT.ok;
}
