/** `phaen generate <workbook> --out <folder>`: the five Word documents of one province (or cluster) workbook. */
import { join } from "node:path";
import type { Command } from "commander";
import { DOC_KINDS, DOCUMENTS, documentBaseName, type DocKind } from "../../documents";
import { safeFileName } from "../../io/file-names";
import { packDocument } from "../../io/pack";
import { DEFAULT_REFERENCE, loadReference } from "../../io/reference";
import { bufferOutput, writeOutputs } from "../../io/safe-write";
import { resolvePack } from "../../io/packs";
import { checkWorkbookFile } from "../../reader/check-file";
import { UserError } from "../../../core/errors";
import { requireValue } from "../usage-errors";

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
  const bad = wanted.filter((k) => !(DOC_KINDS as readonly string[]).includes(k));
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
    bufferOutput(join(opts.out, safeFileName(documentBaseName(kind, result), ".docx")), () =>
      packDocument(DOCUMENTS[kind].build(result, docOpts)),
    ),
  );
  await writeOutputs(outputs, { force: Boolean(opts.force), inputs: [workbook] });
  return outputs.map((o) => o.path);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function register(program: Command): void {
  program
    .command("generate")
    .description("จัดทำเอกสาร Word ของสมุดงานหนึ่งจังหวัด / write the Word documents of one workbook")
    .argument("<workbook>", "ไฟล์ .xlsx / the .xlsx workbook")
    .requiredOption("--out <folder>", "โฟลเดอร์ผลลัพธ์ / output folder")
    .option("--doc <kind>", `ชนิดเอกสาร (ระบุซ้ำได้) / document kind, repeatable: ${DOC_KINDS.join("|")}`, collect)
    .option("--thai-digits", "ใช้เลขไทย / print Thai digits")
    .option("--force", "เขียนทับไฟล์เดิม / overwrite existing files")
    .option("--reference <docx>", "ไฟล์ต้นแบบสไตล์ Word / Word style reference", DEFAULT_REFERENCE)
    .option("--pack <file or id>", "ชุดกติกา (ไฟล์ JSON/YAML หรือรหัส เช่น FY2552) / rule pack: a JSON/YAML file or an id such as FY2552")
    .action(async (workbook: string, opts: GenerateOptions) => {
      const paths = await generate(workbook, opts);
      for (const p of paths) process.stdout.write(`${p}\n`);
      process.exitCode = 0;
    });
}
