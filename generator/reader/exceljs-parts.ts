/**
 * exceljs's normal reader fed the gate's checked parts instead of a zip: the
 * body of its `xlsx.load` (exceljs 4.4.0, lib/xlsx/xlsx.js) for the parts a
 * values-only reading keeps (VALUE_ROLES), with its own parsers, its
 * reconcile and its 16 KiB text chunks. Handing it a re-zipped archive
 * instead made JSZip copy, mask and re-decode every byte the gate had
 * already inflated and checked: about a fifth of the reading time.
 * test/generator/exceljs-parts.test.ts holds both ways' models equal.
 */
import ExcelJS from "exceljs";
import { transcode } from "node:buffer";
import { createRequire } from "node:module";
import type { GatedPart } from "../gate";
import { partRole, type PartRole } from "../gate/parts";

/** What exceljs's loader calls on its XLSX object (all present in 4.4.0, none in its typings). */
interface XlsxInternals {
  parseRels(chunks: Iterable<string>): Promise<unknown>;
  parseWorkbook(chunks: Iterable<string>): Promise<Record<string, unknown>>;
  _processWorksheetEntry(chunks: Iterable<string>, model: Model, sheetNo: string, options: unknown, path: string): Promise<void>;
  reconcile(model: Model, options: unknown): void;
}

interface Parser {
  parseStream(chunks: Iterable<string>): Promise<Record<string, unknown>>;
}

type Model = Record<string, unknown>;

const require = createRequire(import.meta.url);
const xform = (path: string) => require(`exceljs/lib/xlsx/xform/${path}`) as new () => Parser;
const SharedStringsXform = xform("strings/shared-strings-xform");
const StylesXform = xform("style/styles-xform");
const AppXform = xform("core/app-xform");
const CoreXform = xform("core/core-xform");

/** The loader writes a part's text to its parser in pieces of this many characters. */
const CHUNK = 16 * 1024;

function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.substring(i, i + CHUNK));
  return chunks;
}

/**
 * A part's text (the gate has checked it is UTF-8). The shared strings hold
 * a workbook's text, Thai in three bytes a character: ICU's conversion to
 * UTF-16 then a copy is about five times faster there than Node's UTF-8
 * decoding, which stays the faster for the mostly ASCII markup of the rest.
 */
function textOf(part: GatedPart, role: PartRole | undefined): string {
  const bytes = Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
  if (role === "shared-strings") {
    try {
      return transcode(bytes, "utf8", "utf16le").toString("utf16le");
    } catch {
      // A Node built without ICU's converters: the plain decoding gives the same text.
    }
  }
  return bytes.toString("utf8");
}

async function readPart(xlsx: XlsxInternals, model: Model, part: GatedPart, options: unknown): Promise<void> {
  const role = partRole(part.name);
  const chunks = chunksOf(textOf(part, role?.role));
  switch (role?.role) {
    case "package-rels":
      model.globalRels = await xlsx.parseRels(chunks);
      return;
    case "workbook": {
      const { sheets, definedNames, views, properties, calcProperties } = await xlsx.parseWorkbook(chunks);
      Object.assign(model, { sheets, definedNames, views, properties, calcProperties });
      return;
    }
    case "workbook-rels":
      model.workbookRels = await xlsx.parseRels(chunks);
      return;
    case "shared-strings":
      // reconcile reads the strings through the parser itself.
      model.sharedStrings = new SharedStringsXform();
      await (model.sharedStrings as Parser).parseStream(chunks);
      return;
    case "styles":
      model.styles = new StylesXform();
      await (model.styles as Parser).parseStream(chunks);
      return;
    case "app": {
      const { company, manager } = await new AppXform().parseStream(chunks);
      Object.assign(model, { company, manager });
      return;
    }
    case "core":
      Object.assign(model, await new CoreXform().parseStream(chunks));
      return;
    case "worksheet":
      await xlsx._processWorksheetEntry(chunks, model, role.no!, options, part.name);
      return;
    default:
      // The gate keeps only these roles for a values-only reading; anything else is a fault here, not in the file.
      throw new Error(`no values-only reading for part ${part.name}`);
  }
}

/** A workbook from the gate's values-only parts, as `xlsx.load` would make it from their zip. */
export async function workbookFromParts(parts: readonly GatedPart[], options: Partial<ExcelJS.XlsxReadOptions>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const model: Model = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const part of parts) await readPart(xlsx, model, part, options);
  xlsx.reconcile(model, options);
  (workbook as unknown as { model: Model }).model = model;
  return workbook;
}
