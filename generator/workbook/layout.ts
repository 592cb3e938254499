/**
 * buildWorkbook: the planners' workbook laid out from the core schema. The
 * template writer, the sample writer and `phaen new` all start here, so the
 * workbook and the checker read the same sheets and columns.
 */
import ExcelJS from "exceljs";
import {
  INFO_FORM,
  META_CELLS,
  META_SHEET,
  META_VERSION_LABEL,
  NAMED_CELLS,
  SHEETS,
  TABLE_ROWS,
  TEMPLATE_VERSION,
  infoFieldRow,
  infoSheet,
  infoValueCell,
  kpiSheet,
  lastTemplateRow,
  type SheetDef,
} from "../../core";
import { absRef } from "./addresses";
import { writeInstructions } from "./instructions";
import { layoutKpiSheet } from "./kpi-sheet";
import { BODY_FONT, CELL_FORMATS, ROW_HEIGHT, styleKeyRow, styleLabel, styleThaiHeader } from "./styles";
import { validateRange } from "./validation";

export interface BuildOptions {
  /** Leave out the instructions sheet (benchmarks build many workbooks). */
  instructions?: boolean;
}

function layoutTable(ws: ExcelJS.Worksheet, def: SheetDef): void {
  const last = lastTemplateRow(def);
  def.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    const { columnFormat: numFmt, wrap } = CELL_FORMATS[col.type];
    column.style = { font: BODY_FONT, alignment: { vertical: "top", wrapText: wrap }, ...(numFmt ? { numFmt } : {}) };
    styleThaiHeader(Object.assign(ws.getCell(TABLE_ROWS.thaiHeader, i + 1), { value: col.th }));
    styleKeyRow(Object.assign(ws.getCell(TABLE_ROWS.keys, i + 1), { value: col.key }));
    validateRange(ws, column.letter, TABLE_ROWS.firstData, last, col);
  });
  ws.getRow(TABLE_ROWS.thaiHeader).height = 42;
  ws.views = [{ state: "frozen", ySplit: TABLE_ROWS.firstData - 1, xSplit: 0 }];
}

/** Info form column widths, by the form's columns (core/schema/layout.ts). */
const INFO_WIDTHS: Record<keyof typeof INFO_FORM.columns, number> = { label: 40, value: 42, key: 18, help: 70 };

function layoutInfo(ws: ExcelJS.Worksheet): void {
  const parts = Object.keys(INFO_FORM.columns) as (keyof typeof INFO_FORM.columns)[];
  for (const part of parts) {
    const column = ws.getColumn(INFO_FORM.columns[part]);
    column.width = INFO_WIDTHS[part];
    column.font = BODY_FONT;
    styleThaiHeader(Object.assign(ws.getCell(`${INFO_FORM.columns[part]}${INFO_FORM.headerRow}`), { value: INFO_FORM.headers[part] }));
  }
  const at = (part: keyof typeof INFO_FORM.columns, row: number) => ws.getCell(`${INFO_FORM.columns[part]}${row}`);
  for (const col of infoSheet.columns) {
    const r = infoFieldRow(col.key);
    styleLabel(Object.assign(at("label", r), { value: col.required ? `${col.th} *` : col.th }));
    const value = ws.getCell(infoValueCell(col.key));
    const numFmt = CELL_FORMATS[col.type].valueFormat;
    if (numFmt) value.numFmt = numFmt;
    value.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    validateRange(ws, INFO_FORM.columns.value, r, r, col);
    styleKeyRow(Object.assign(at("key", r), { value: col.key }));
    at("key", r).alignment = { horizontal: "left" };
    Object.assign(at("help", r), { value: col.help || col.en }).alignment = { wrapText: true, vertical: "top" };
  }
  ws.views = [{ state: "frozen", ySplit: INFO_FORM.firstFieldRow - 1, xSplit: 0 }];
}

function writeMeta(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(META_SHEET, { state: "hidden" });
  ws.getCell(META_CELLS.label).value = META_VERSION_LABEL;
  ws.getCell(META_CELLS.version).value = TEMPLATE_VERSION;
}

function defineNames(wb: ExcelJS.Workbook): void {
  for (const n of Object.values(NAMED_CELLS)) wb.definedNames.add(absRef(n.sheet, n.cell), n.name);
}

/** A new, empty planners' workbook: instructions, every schema sheet, _meta, defined names. */
export function buildWorkbook(options: BuildOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Phaen (แผน)";
  wb.title = "แบบฟอร์มแผนพัฒนาจังหวัด/กลุ่มจังหวัด";
  // A fixed date keeps rewrites of the template free of noise.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  // Formulas are written without cached results: Excel and LibreOffice compute them on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  if (options.instructions !== false) writeInstructions(wb);
  for (const def of SHEETS) {
    const ws = wb.addWorksheet(def.name, { properties: { defaultRowHeight: ROW_HEIGHT } });
    if (def.layout === "form") layoutInfo(ws);
    else layoutTable(ws, def);
    if (def.key === kpiSheet.key) layoutKpiSheet(ws);
  }
  writeMeta(wb);
  defineNames(wb);
  return wb;
}
