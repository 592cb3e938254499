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

/** The number format a column's cells carry, if any. */
export function numFmtFor(type: ColumnType): string | undefined {
  switch (type) {
    case "date":
      return BE_DATE_FORMAT;
    case "money":
      return BAHT_FORMAT;
    case "integer":
      return INTEGER_FORMAT;
    case "number":
      return NUMBER_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "year":
      return YEAR_FORMAT;
    default:
      return undefined;
  }
}

/** Codes and lists are text, so "1.1" stays "1.1" and "001" keeps its zeros. */
export const TEXT_FORMAT = "@";

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
