/**
 * The CLI's workbook reader: safety gate, then exceljs's normal reader, then
 * grids for core. It only ever reads the file.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core";
import { UserError } from "../../core/errors";
import { formatNumber } from "../../core/thai";
import { gateWorkbook, LIMITS, type GatedSheet, type GatedWorkbook, type Limits } from "../gate";
import { readInputFile } from "../io/read-input";
import { NODE_CODEC } from "./codec";
import { workbookFromParts } from "./exceljs-parts";
import { readWorksheet } from "./grids";

export { LIMITS, type Limits } from "../gate";
export { gateWorkbookFile, readInputFile } from "./gate";
export { gridsFromWorkbook, gridFromWorksheet, readWorksheet, toCellValue, serialFromDate } from "./grids";

/**
 * Sheet parts core never reads. Reading values, exceljs may skip them (its
 * `ignoreNodes` option); a workbook that will be written back (phaen new)
 * must keep them.
 */
export const NOT_READ_FOR_VALUES = [
  "dataValidations",
  "conditionalFormatting",
  "sheetProtection",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "autoFilter",
  "picture",
  "drawing",
  "legacyDrawing",
  "tableParts",
  "extLst",
  "sheetViews",
  "cols",
  "sheetFormatPr",
  "sheetPr",
  // A hyperlink's text is the cell's own value; only its target lives here.
  "hyperlinks",
];

export interface LoadOptions {
  limits?: Limits;
  /** Only cell values are wanted: skip the sheet parts core never reads. */
  valuesOnly?: boolean;
}

/** Nothing is dropped silently: a sheet where exceljs holds fewer valued cells than the SAX pass saw is refused. */
function refuseDroppedCells(
  file: string,
  wb: ExcelJS.Workbook,
  sheets: readonly GatedSheet[],
  heldCells: (ws: ExcelJS.Worksheet) => number,
): void {
  sheets.forEach((s, i) => {
    const ws = wb.worksheets.find((w) => w.name === s.name) ?? wb.worksheets[i];
    const held = ws ? heldCells(ws) : 0;
    const lost = s.count.valued - held;
    if (lost <= 0) return;
    const total = formatNumber(s.count.valued);
    const n = formatNumber(lost);
    throw new UserError(
      `แผ่นงาน "${s.name}" มี ${n} เซลล์ที่อ่านไม่ได้ จาก ${total} เซลล์ที่มีค่า กรุณาบันทึกใหม่ใน Excel`,
      `sheet "${s.name}": ${n} of its ${total} cells with a value cannot be read: save it again in Excel`,
      file,
    );
  });
}

/** exceljs's normal reader on what the gate kept: the parts themselves for values, else their archive (phaen new writes the workbook back). */
async function excelReading(gated: GatedWorkbook, valuesOnly: boolean | undefined): Promise<ExcelJS.Workbook> {
  if (valuesOnly) return workbookFromParts(gated.parts, { ignoreNodes: NOT_READ_FOR_VALUES } as Partial<ExcelJS.XlsxReadOptions>);
  const archive = Buffer.from(gated.archive.buffer, gated.archive.byteOffset, gated.archive.byteLength);
  return new ExcelJS.Workbook().xlsx.load(archive as unknown as ExcelJS.Buffer);
}

export async function loadWorkbook(file: string, opts: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const limits = opts.limits ?? LIMITS;
  return loadWorkbookBytes(file, await readInputFile(file, limits.maxFileBytes), { ...opts, limits });
}

/** The gate, then exceljs's normal reader on what it kept: a file refused by either throws a UserError. */
async function readThroughGate(
  file: string,
  bytes: Uint8Array,
  opts: LoadOptions,
): Promise<{ wb: ExcelJS.Workbook; sheets: GatedSheet[] }> {
  const gated = gateWorkbook(file, bytes, { limits: opts.limits ?? LIMITS, valuesOnly: opts.valuesOnly, codec: NODE_CODEC });
  try {
    return { wb: await excelReading(gated, opts.valuesOnly), sheets: gated.sheets };
  } catch {
    // exceljs's own message ("Cannot set properties of undefined…") says nothing a planner can act on.
    throw new UserError(
      "อ่านสมุดงานไม่ได้: โครงสร้างภายในไม่เป็นแบบที่ Excel บันทึก กรุณาเปิดแล้วบันทึกใหม่ใน Excel",
      "cannot read the workbook: its inner structure is not what Excel writes; open it and save it again in Excel",
      file,
    );
  }
}

/** The same from bytes already in memory (`file` names them in messages). */
export async function loadWorkbookBytes(file: string, bytes: Uint8Array, opts: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const { wb, sheets } = await readThroughGate(file, bytes, opts);
  refuseDroppedCells(file, wb, sheets, (ws) => readWorksheet(ws).held);
  return wb;
}

/** Workbook bytes into grids, through the gate: what the pane's earlier-workbook reading and the tests use. */
export async function readWorkbookBytes(file: string, bytes: Uint8Array, limits: Limits = LIMITS): Promise<Grid[]> {
  const { wb, sheets } = await readThroughGate(file, bytes, { limits, valuesOnly: true });
  // One walk over the cells gives both the grid and the count the gate's is compared with.
  const read = new Map(wb.worksheets.map((ws) => [ws, readWorksheet(ws)]));
  refuseDroppedCells(file, wb, sheets, (ws) => read.get(ws)!.held);
  return [...read.values()].map((r) => r.grid);
}

/** Reads one .xlsx file into grids; a file that cannot be read throws a UserError (exit 2). */
export async function readWorkbookFile(file: string, limits: Limits = LIMITS): Promise<Grid[]> {
  return readWorkbookBytes(file, await readInputFile(file, limits.maxFileBytes), limits);
}
