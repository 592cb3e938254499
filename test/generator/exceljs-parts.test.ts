/**
 * The CLI's values-only reading hands exceljs's parsers the gate's parts
 * (generator/reader/exceljs-parts.ts) instead of a zip for `xlsx.load`: the
 * workbook model must come out the same both ways, for the samples and for
 * every file of the hostile corpus the gate lets through (as far as exceljs
 * fails on one, it fails both ways).
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../core/errors";
import { gateWorkbook } from "../../generator/gate";
import { NOT_READ_FOR_VALUES } from "../../generator/reader";
import { NODE_CODEC } from "../../generator/reader/codec";
import { workbookFromParts } from "../../generator/reader/exceljs-parts";
import { BASE, buildCorpus } from "../hostile/corpus";

const SAMPLES = resolve(__dirname, "../../templates/samples");
const IGNORED = { ignoreNodes: NOT_READ_FOR_VALUES } as Partial<ExcelJS.XlsxReadOptions>;

const samples = readdirSync(SAMPLES)
  .filter((n) => n.endsWith(".xlsx"))
  .map((n) => ({ name: n, bytes: readFileSync(join(SAMPLES, n)) as Uint8Array }));
// Refused ones too: some are refused only after exceljs has read them (cells dropped).
const corpus = buildCorpus(readFileSync(BASE));

/** The model as plain data (dates and class instances compared by their fields). */
const plain = (wb: ExcelJS.Workbook) => JSON.parse(JSON.stringify(wb.model)) as unknown;

function gatedOrNull(name: string, bytes: Uint8Array) {
  try {
    return gateWorkbook(name, bytes, { valuesOnly: true, codec: NODE_CODEC });
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

describe("exceljs fed the gate's parts reads what xlsx.load reads from their zip", () => {
  it.each([...samples, ...corpus].map((f) => [f.name, f.bytes] as const))("%s", async (name, bytes) => {
    const gated = gatedOrNull(name, bytes);
    if (!gated) return;
    const fromZip = await new ExcelJS.Workbook().xlsx
      .load(Buffer.from(gated.archive) as unknown as ExcelJS.Buffer, IGNORED)
      .then(plain, () => "unreadable");
    const fromParts = await workbookFromParts(gated.parts, IGNORED).then(plain, () => "unreadable");
    expect(fromParts).toEqual(fromZip);
  });
});
