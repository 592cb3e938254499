/**
 * The CLI's workbook reader: safety gate, then exceljs's normal reader, then
 * grids for core. It only ever reads the file.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core";
import { UserError } from "../../core/errors";
import { gateWorkbookFile } from "./gate";
import { gridsFromWorkbook } from "./grids";
import { LIMITS, type Limits } from "./limits";

export { LIMITS, type Limits } from "./limits";
export { gateWorkbookBytes, gateWorkbookFile } from "./gate";
export { gridsFromWorkbook, gridFromWorksheet, toCellValue, serialFromDate } from "./grids";

/**
 * Sheet parts core never reads. Reading values, exceljs may skip them (its
 * `ignoreNodes` option); a workbook that will be written back (phaen new)
 * must keep them.
 */
const NOT_READ_FOR_VALUES = [
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

export async function loadWorkbook(file: string, opts: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const bytes = await gateWorkbookFile(file, opts.limits ?? LIMITS);
  const wb = new ExcelJS.Workbook();
  try {
    const options = opts.valuesOnly ? { ignoreNodes: NOT_READ_FOR_VALUES } : {};
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, options as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 100);
    throw new UserError(`อ่านสมุดงานไม่ได้ (${why})`, `cannot read the workbook (${why})`, file);
  }
  return wb;
}

/** Reads one .xlsx file into grids; a file that cannot be read throws a UserError (exit 2). */
export async function readWorkbookFile(file: string, limits: Limits = LIMITS): Promise<Grid[]> {
  return gridsFromWorkbook(await loadWorkbook(file, { limits, valuesOnly: true }));
}
