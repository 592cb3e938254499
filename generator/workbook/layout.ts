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
  inWorkbook,
  lastTemplateRow,
  type PackChoices,
  type SheetDef,
  type WorkbookFeature,
} from "../../core";
import { absRef } from "./addresses";
import { validateAlignment, writeAlignmentLists } from "./alignment-lists";
import { writeInstructions } from "./instructions";
import { layoutKpiSheet } from "./kpi-sheet";
import { BODY_FONT, CELL_FORMATS, ROW_HEIGHT, styleKeyRow, styleLabel, styleThaiHeader } from "./styles";
import { validateRange } from "./validation";

export interface BuildOptions {
  /** Leave out the instructions sheet (benchmarks build many workbooks). */
  instructions?: boolean;
  /** The pack's workbook features (alignment columns, the 20-year goal sheet, the review edition); none by default. */
  features?: readonly WorkbookFeature[];
  /** The dropdown lists the pack declares (core/packs/choices.ts); core's lists where it declares none. */
  choices?: PackChoices;
}

function layoutTable(ws: ExcelJS.Worksheet, def: SheetDef, features: readonly WorkbookFeature[], choices: PackChoices): void {
  const last = lastTemplateRow(def);
  // A pack's columns come last in the schema, so leaving them out moves no other column.
  def.columns
    .filter((c) => inWorkbook(c, features))
    .forEach((col, i) => {
      const column = ws.getColumn(i + 1);
      column.width = col.width;
      const { columnFormat: numFmt, wrap } = CELL_FORMATS[col.type];
      column.style = { font: BODY_FONT, alignment: { vertical: "top", wrapText: wrap }, ...(numFmt ? { numFmt } : {}) };
      styleThaiHeader(Object.assign(ws.getCell(TABLE_ROWS.thaiHeader, i + 1), { value: col.th }));
      styleKeyRow(Object.assign(ws.getCell(TABLE_ROWS.keys, i + 1), { value: col.key }));
      if (!validateAlignment(ws, column.letter, TABLE_ROWS.firstData, last, col))
        validateRange(ws, column.letter, TABLE_ROWS.firstData, last, col, features, choices);
    });
  ws.getRow(TABLE_ROWS.thaiHeader).height = 42;
  ws.views = [{ state: "frozen", ySplit: TABLE_ROWS.firstData - 1, xSplit: 0 }];
}

/** Info form column widths, by the form's columns (core/schema/layout.ts). */
const INFO_WIDTHS: Record<keyof typeof INFO_FORM.columns, number> = { label: 40, value: 42, key: 18, help: 70 };

function layoutInfo(ws: ExcelJS.Worksheet, features: readonly WorkbookFeature[]): void {
  const parts = Object.keys(INFO_FORM.columns) as (keyof typeof INFO_FORM.columns)[];
  for (const part of parts) {
    const column = ws.getColumn(INFO_FORM.columns[part]);
    column.width = INFO_WIDTHS[part];
    column.font = BODY_FONT;
    styleThaiHeader(Object.assign(ws.getCell(`${INFO_FORM.columns[part]}${INFO_FORM.headerRow}`), { value: INFO_FORM.headers[part] }));
  }
  const at = (part: keyof typeof INFO_FORM.columns, row: number) => ws.getCell(`${INFO_FORM.columns[part]}${row}`);
  for (const col of infoSheet.columns) {
    if (!inWorkbook(col, features)) continue;
    const r = infoFieldRow(col.key);
    styleLabel(Object.assign(at("label", r), { value: col.required ? `${col.th} *` : col.th }));
    const value = ws.getCell(infoValueCell(col.key));
    const numFmt = CELL_FORMATS[col.type].valueFormat;
    if (numFmt) value.numFmt = numFmt;
    value.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    validateRange(ws, INFO_FORM.columns.value, r, r, col, features);
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
  const features = options.features ?? [];
  const choices = options.choices ?? {};
  if (options.instructions !== false) writeInstructions(wb, features, choices);
  for (const def of SHEETS) {
    if (!inWorkbook(def, features)) continue;
    const ws = wb.addWorksheet(def.name, { properties: { defaultRowHeight: ROW_HEIGHT } });
    if (def.layout === "form") layoutInfo(ws, features);
    else layoutTable(ws, def, features, choices);
    if (def.key === kpiSheet.key) layoutKpiSheet(ws);
  }
  if (features.includes("alignment")) writeAlignmentLists(wb);
  writeMeta(wb);
  defineNames(wb);
  return wb;
}
