/**
 * fillWorkbook: puts plain data (the same shape as test/helpers/grids.ts's
 * WorkbookInput) into a workbook laid out by buildWorkbook. Dates go in as
 * real Excel dates, yes/no as ใช่/ไม่ใช่, code lists joined with commas, and
 * "#REF!"-style strings as Excel error values (samples plant those on purpose).
 */
import type ExcelJS from "exceljs";
import {
  EXCEL_ERRORS,
  SHEETS,
  TABLE_ROWS,
  inWorkbook,
  UserError,
  infoSheet,
  infoValueCell,
  kpiSheet,
  kpiStepRow,
  letterOf,
  type ColumnDef,
  type ColumnKey,
  type SheetDef,
  type TableKey,
  type WorkbookFeature,
} from "../../core";
import { KPI36_STEPS } from "./kpi-steps";

export type InputValue = string | number | boolean | Date | readonly string[] | null | undefined;
export type InputRow = Record<string, InputValue>;
export type WorkbookData = { info?: InputRow } & Partial<Record<TableKey, InputRow[]>>;

const ERRORS = new Set<string>(EXCEL_ERRORS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The exceljs value a schema column stores for an input value. */
export function cellValueFor(col: ColumnDef, v: InputValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" && ERRORS.has(v)) return { error: v as ExcelJS.ErrorValue };
  if (Array.isArray(v)) return v.join(", ");
  if (col.type === "date" && typeof v === "string" && ISO_DATE.test(v)) return new Date(`${v}T00:00:00Z`);
  if (col.type === "bool" && typeof v === "boolean") return v ? "ใช่" : "ไม่ใช่";
  return v as ExcelJS.CellValue;
}

function writeCell(ws: ExcelJS.Worksheet, a1: string, col: ColumnDef, v: InputValue): void {
  const value = cellValueFor(col, v);
  if (value !== null) ws.getCell(a1).value = value;
}

function fillTable(ws: ExcelJS.Worksheet, def: SheetDef, rows: InputRow[], features: readonly WorkbookFeature[]): void {
  rows.forEach((row, i) => {
    const r = TABLE_ROWS.firstData + i;
    for (const col of def.columns) if (inWorkbook(col, features)) writeCell(ws, `${letterOf(def, col.key)}${r}`, col, row[col.key]);
  });
}

/** KPI rows land on the template's own step rows (matched by step code); the template-owned cells stay as they are. */
const KPI_OWNED = new Set<ColumnKey<typeof kpiSheet>>(["kpiId", "step", "level", "description", "dueDate"]);

function fillKpi(ws: ExcelJS.Worksheet, rows: InputRow[]): void {
  let extra = TABLE_ROWS.firstData + KPI36_STEPS.length;
  for (const row of rows) {
    const known = KPI36_STEPS.some((s) => s.code === String(row.step ?? ""));
    const r = known ? kpiStepRow(String(row.step)) : extra++;
    for (const col of kpiSheet.columns) {
      if (known && KPI_OWNED.has(col.key)) continue;
      writeCell(ws, `${letterOf(kpiSheet, col.key)}${r}`, col, row[col.key]);
    }
  }
}

/** Fills a workbook built with the same features (buildWorkbook): the pack's columns and sheets only when it has them. */
export function fillWorkbook(wb: ExcelJS.Workbook, data: WorkbookData, features: readonly WorkbookFeature[] = []): ExcelJS.Workbook {
  for (const def of SHEETS) {
    if (!inWorkbook(def, features)) continue;
    const ws = wb.getWorksheet(def.name);
    if (!ws) throw new UserError(`สมุดงานไม่มีแผ่นงาน ${def.name}`, `the workbook has no ${def.nameEn} sheet`);
    if (def.key === infoSheet.key) {
      for (const col of infoSheet.columns) if (inWorkbook(col, features)) writeCell(ws, infoValueCell(col.key), col, data.info?.[col.key]);
      continue;
    }
    const rows = data[def.key] ?? [];
    if (def.key === kpiSheet.key) fillKpi(ws, rows);
    else fillTable(ws, def, rows, features);
  }
  return wb;
}
