/**
 * exceljs workbook → grids for core. Uses what exceljs's normal reader gives
 * (never the streaming reader: it corrupts Thai text, exceljs issue 2063) and
 * turns each cell into what Excel would show core through Office.js: cached
 * formula results, joined rich text, hyperlink text, dates as serials, error
 * values as "#REF!" strings, merged areas valued in their top-left cell.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core";
import { withoutXmlForbidden } from "../gate/xml";

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: Excel's day 0 in the 1900 system, as exceljs's own date conversion assumes. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialFromDate(d: Date): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  // Round to the millisecond grid so a time of day survives without float noise.
  return Math.round(((t - EXCEL_EPOCH_MS) / MS_PER_DAY) * 1e8) / 1e8;
}

type RawValue = ExcelJS.CellValue | undefined;

function richText(runs: { text?: unknown }[]): string {
  return withoutXmlForbidden(runs.map((r) => (typeof r.text === "string" ? r.text : "")).join(""));
}

/** One exceljs value → a grid value. Unknown shapes become their text, never a throw. */
export function toCellValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return withoutXmlForbidden(v);
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v !== "object") return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if (Array.isArray(o.richText)) return richText(o.richText as { text?: unknown }[]);
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result as RawValue);
  if ("hyperlink" in o || "text" in o) {
    const t = o.text as RawValue;
    if (t && typeof t === "object" && Array.isArray((t as unknown as { richText?: unknown }).richText)) return toCellValue(t);
    return t === undefined || t === null ? null : toCellValue(t);
  }
  return null;
}

/** A sheet's grid, and how many cells exceljs holds with a value (a merged area's other cells count: their value is their top-left's). */
export function readWorksheet(ws: ExcelJS.Worksheet): { grid: Grid; held: number } {
  const rows: CellValue[][] = [];
  let held = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells echo its top-left value in exceljs; Excel reports them blank.
      if (cell.type === ExcelJS.ValueType.Merge) {
        held++;
        return;
      }
      const raw = cell.value;
      if (raw === null || raw === undefined) return;
      held++;
      const v = toCellValue(raw);
      if (v === null) return;
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = v;
    });
    if (!values.length) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return { grid: { sheet: ws.name, topLeft: "A1", rows }, held };
}

export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  return readWorksheet(ws).grid;
}

export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridFromWorksheet);
}
