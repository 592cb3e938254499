/** Cell formats and header styles of the template, one place for every sheet. */
import type ExcelJS from "exceljs";
import type { ColumnType } from "../../core";

/**
 * Buddhist-Era date with Thai month abbreviations ("15 ม.ค. 2552"): calendar 07
 * (Thai) with the Thai locale (041E). Excel and LibreOffice both render it so.
 */
export const BE_DATE_FORMAT = "[$-107041E]d mmm yyyy";
export const BAHT_FORMAT = "#,##0";
export const INTEGER_FORMAT = "0";
export const NUMBER_FORMAT = "#,##0.##";
export const PERCENT_FORMAT = "0.##";
export const YEAR_FORMAT = "0";

/** Codes and lists are text, so "1.1" stays "1.1" and "001" keeps its zeros. */
export const TEXT_FORMAT = "@";

/**
 * How a column type's cells look in the template, one entry per type:
 * `valueFormat` for a typed value (a table's cells, an info field's value),
 * `columnFormat` for a table column's empty cells (codes and lists as text),
 * `wrap` whether long text wraps.
 */
export const CELL_FORMATS: Record<ColumnType, { valueFormat?: string; columnFormat?: string; wrap: boolean }> = {
  text: { wrap: true },
  code: { columnFormat: TEXT_FORMAT, wrap: false },
  integer: { valueFormat: INTEGER_FORMAT, columnFormat: INTEGER_FORMAT, wrap: false },
  number: { valueFormat: NUMBER_FORMAT, columnFormat: NUMBER_FORMAT, wrap: false },
  money: { valueFormat: BAHT_FORMAT, columnFormat: BAHT_FORMAT, wrap: false },
  percent: { valueFormat: PERCENT_FORMAT, columnFormat: PERCENT_FORMAT, wrap: false },
  date: { valueFormat: BE_DATE_FORMAT, columnFormat: BE_DATE_FORMAT, wrap: false },
  year: { valueFormat: YEAR_FORMAT, columnFormat: YEAR_FORMAT, wrap: false },
  enum: { wrap: false },
  bool: { wrap: false },
  list: { columnFormat: TEXT_FORMAT, wrap: false },
};

/** The number format a typed value carries, if any. */
export function numFmtFor(type: ColumnType): string | undefined {
  return CELL_FORMATS[type].valueFormat;
}

export const FONT_NAME = "TH SarabunPSK";
/** Points: one line of 14 pt Thai with its vowels above and below (the 15 pt default clips them). */
export const ROW_HEIGHT = 21;
export const BODY_FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: 14 };

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const RESULT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFB4C6E7" } },
  bottom: { style: "thin", color: { argb: "FFB4C6E7" } },
  left: { style: "thin", color: { argb: "FFB4C6E7" } },
  right: { style: "thin", color: { argb: "FFB4C6E7" } },
};

/** Row 1: Thai header, bold on a fill, wrapped. */
export function styleThaiHeader(cell: ExcelJS.Cell): void {
  cell.font = { ...BODY_FONT, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = THIN;
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
}

/** Row 2: the English key, small and grey (machine-read; people may ignore it). */
export function styleKeyRow(cell: ExcelJS.Cell): void {
  cell.font = { name: "Calibri", size: 8, color: { argb: "FF808080" } };
  cell.alignment = { horizontal: "center" };
}

/** Template-owned computed cells (KPI formulas): a pale yellow fill says "do not type here". */
export function styleResult(cell: ExcelJS.Cell, bold = false): void {
  cell.font = { ...BODY_FONT, bold };
  cell.fill = RESULT_FILL;
  cell.border = THIN;
  cell.alignment = { vertical: "middle", wrapText: true };
}

export function styleLabel(cell: ExcelJS.Cell): void {
  cell.font = { ...BODY_FONT, bold: true };
  cell.alignment = { vertical: "middle", wrapText: true };
}
