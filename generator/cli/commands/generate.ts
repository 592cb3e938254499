/** `phaen generate <workbook> --out <folder>`: the five Word documents of one province (or cluster) workbook. */
import { join } from "node:path";
import type { Command } from "commander";
import { DOC_KINDS, documentFileName, isDocKind, type DocKind } from "../../../core/documents";
import { DOCUMENTS } from "../../documents";
import { packDocument } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { bufferOutput, writeOutputs } from "../../io/safe-write";
import { resolvePack } from "../../io/packs";
import { checkWorkbookFile } from "../../reader/check-file";
import { requireValue } from "../usage-errors";
import { EXIT, UserError } from "../../../core/errors";
import { argPath, type CliIO } from "../io";

export interface GenerateOptions {
  /** `--pack <file or id>`. */
  pack?: string;
  out: string;
  doc?: string[];
  thaiDigits?: boolean;
  force?: boolean;
  reference?: string;
}

export function parseKinds(kinds: string[] | undefined): DocKind[] {
  if (!kinds?.length) return [...DOC_KINDS];
  const wanted = kinds
    .flatMap((k) => k.split(","))
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  if (!wanted.length) requireValue("", "--doc");
  const bad = wanted.filter((k) => !isDocKind(k));
  if (bad.length)
    throw new UserError(
      `ไม่รู้จักชนิดเอกสาร ${bad.join(", ")} (ใช้ ${DOC_KINDS.join("|")})`,
      `unknown document kind ${bad.join(", ")} (use ${DOC_KINDS.join("|")})`,
    );
  return DOC_KINDS.filter((k) => wanted.includes(k));
}

/** Writes the documents; returns the paths written. A workbook with error findings still gets its documents. */
export async function generate(workbook: string, opts: GenerateOptions): Promise<string[]> {
  requireValue(opts.out, "--out");
  const kinds = parseKinds(opts.doc);
  const reference = await loadReference(opts.reference ?? DEFAULT_REFERENCE);
  const result = await checkWorkbookFile(workbook, { pack: await resolvePack(opts.pack) });
  const docOpts = { thaiDigits: opts.thaiDigits, styles: reference.styles, letterhead: reference.letterhead };
  const outputs = kinds.map((kind) =>
    bufferOutput(join(opts.out, documentFileName(kind, result)), () => packDocument(DOCUMENTS[kind].build(result, docOpts))),
  );
  await writeOutputs(outputs, { force: Boolean(opts.force), inputs: [workbook] });
  return outputs.map((o) => o.path);
}

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const [workbook] = cmd.processedArgs as [string];
  const opts = cmd.opts<GenerateOptions>();
  const paths = await generate(argPath(io, workbook), {
    ...opts,
    out: argPath(io, opts.out),
    reference: opts.reference === undefined ? undefined : argPath(io, opts.reference),
  });
  for (const p of paths) io.stdout.write(`${p}\n`);
  return EXIT.ok;
}
