/**
 * Loads rule packs for the CLI: a file a secretariat edited (JSON or YAML)
 * or a bundled pack named by id. Core validates; this module only reads the
 * file and turns core's PackProblem into one line naming the file and the
 * path inside it.
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { BUNDLED_PACKS, bundledPack, parsePack, PackProblem, REFERENCE, RULES, type Pack } from "../../core";
import { UserError } from "../../core/errors";
import { readInputFile } from "./read-input";

/** A pack is a page or two of text; anything near this size is not one. */
const PACK_MAX_BYTES = 2 * 1024 * 1024;

const CONTEXT = { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE };

function firstLine(s: string): string {
  return s.split("\n")[0].slice(0, 160);
}

/** The file's data: JSON for .json, YAML otherwise (YAML reads JSON too). */
async function parseText(file: string, text: string): Promise<unknown> {
  const json = extname(file).toLowerCase() === ".json";
  // The YAML parser loads only for a YAML pack: every command that reads packs starts without it.
  const parse: (text: string) => unknown = json ? JSON.parse : (await import("yaml")).parse;
  try {
    return parse(text);
  } catch (e) {
    const why = firstLine(e instanceof Error ? e.message : String(e));
    throw new UserError(`ไม่ใช่ไฟล์ ${json ? "JSON" : "YAML"} ที่อ่านได้ (${why})`, `not readable ${json ? "JSON" : "YAML"} (${why})`, file);
  }
}

/** Validates data as a pack; a problem becomes one line: file, path inside, what is wrong. */
export function packFromData(file: string, data: unknown): Pack {
  try {
    return parsePack(data, CONTEXT);
  } catch (e) {
    if (!(e instanceof PackProblem)) throw e;
    const at = e.path ? `${e.path}: ` : "";
    throw new UserError(`ชุดกติกาไม่ถูกต้อง ${at}${e.th}`, `bad rule pack: ${at}${e.en}`, file);
  }
}

export async function loadPackFile(file: string): Promise<Pack> {
  // The same safe read as a workbook: stat first (no FIFO, no device), a size cap, never read "to the end".
  const text = (await readInputFile(file, PACK_MAX_BYTES)).toString("utf8");
  return packFromData(file, await parseText(file, text));
}

/** `--pack <file or id>`: a file when one exists at that path, else a bundled pack's id; undefined leaves the choice to core (by fiscal year). */
export async function resolvePack(arg: string | undefined): Promise<Pack | undefined> {
  if (arg === undefined) return undefined;
  const isFile = await stat(arg).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile) return loadPackFile(arg);
  const bundled = bundledPack(arg);
  if (bundled) return bundled;
  throw new UserError(
    `ไม่พบชุดกติกา "${arg}" (ไม่ใช่ไฟล์ และไม่ใช่รหัสชุดที่มากับโปรแกรม: ${BUNDLED_PACKS.map((p) => p.id).join(", ")})`,
    `no rule pack "${arg}" (not a file, nor a bundled pack id: ${BUNDLED_PACKS.map((p) => p.id).join(", ")})`,
  );
}

/** The one line a command prints when the pack it used does not cover the workbook's year. */
export function standInLine(
  file: string,
  fiscalYear: number | null | undefined,
  pack: { id: string; fiscalYears: { from: number; to: number } },
): string {
  const years = `${pack.fiscalYears.from}–${pack.fiscalYears.to}`;
  if (typeof fiscalYear !== "number")
    return `phaen: ${file}: ไม่ได้ระบุปีงบประมาณ ใช้กติกาของชุด ${pack.id} (${years}) / no fiscal year given: using the rules of pack ${pack.id} (${years})\n`;
  return `phaen: ${file}: ไม่มีชุดกติกาสำหรับปีงบประมาณ ${fiscalYear} ใช้กติกาของชุด ${pack.id} (${years}) และไม่มีตัวชี้วัดสำหรับปีนี้ / no rule pack covers fiscal year ${fiscalYear}: using the rules of pack ${pack.id} (${years}), with no KPI for this year\n`;
}
