/**
 * buildWorkbook: the planners' workbook laid out from the core schema. The
 * template writer, the sample writer and `phaen new` all start here, so the
 * workbook and the checker read the same sheets and columns.
 */
import ExcelJS from "exceljs";
import {
  DEFINED_NAMES,
  META_SHEET,
  META_VERSION_LABEL,
  SHEETS,
  TEMPLATE_VERSION,
  inWorkbook,
  infoSheet,
  kpiSheet,
  type SheetDef,
  type WorkbookFeature,
} from "../../core";
import { validateAlignment, writeAlignmentLists } from "./alignment-lists";
import { absRef, FIRST_DATA_ROW, INFO_FIRST_ROW, infoValueCell } from "./addresses";
import { writeInstructions } from "./instructions";
import { KPI_RESULT_CELLS, layoutKpiSheet } from "./kpi-sheet";
import { BODY_FONT, numFmtFor, ROW_HEIGHT, styleKeyRow, styleLabel, styleThaiHeader, TEXT_FORMAT } from "./styles";
import { validateRange } from "./validation";

export interface BuildOptions {
  /** Leave out the instructions sheet (benchmarks build many workbooks). */
  instructions?: boolean;
  /** The pack's workbook features (alignment columns, the 20-year goal sheet, the review edition); none by default. */
  features?: readonly WorkbookFeature[];
}

function layoutTable(ws: ExcelJS.Worksheet, def: SheetDef, features: readonly WorkbookFeature[]): void {
  const last = FIRST_DATA_ROW + def.templateRows - 1;
  def.columns.filter((c) => inWorkbook(c, features)).forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    const numFmt = numFmtFor(col.type) ?? (col.type === "code" || col.type === "list" ? TEXT_FORMAT : undefined);
    column.style = { font: BODY_FONT, alignment: { vertical: "top", wrapText: col.type === "text" }, ...(numFmt ? { numFmt } : {}) };
    styleThaiHeader(Object.assign(ws.getCell(1, i + 1), { value: col.th }));
    styleKeyRow(Object.assign(ws.getCell(2, i + 1), { value: col.key }));
    if (!validateAlignment(ws, column.letter, FIRST_DATA_ROW, last, col)) validateRange(ws, column.letter, FIRST_DATA_ROW, last, col, features);
  });
  ws.getRow(1).height = 42;
  ws.views = [{ state: "frozen", ySplit: 2, xSplit: 0 }];
}

function layoutInfo(ws: ExcelJS.Worksheet, features: readonly WorkbookFeature[]): void {
  const widths = [40, 42, 18, 70];
  ["หัวข้อ", "ค่า", "key", "คำอธิบาย"].forEach((h, i) => {
    ws.getColumn(i + 1).width = widths[i];
    ws.getColumn(i + 1).font = BODY_FONT;
    styleThaiHeader(Object.assign(ws.getCell(1, i + 1), { value: h }));
  });
  infoSheet.columns.forEach((col, i) => {
    if (!inWorkbook(col, features)) return;
    const r = INFO_FIRST_ROW + i;
    styleLabel(Object.assign(ws.getCell(r, 1), { value: col.required ? `${col.th} *` : col.th }));
    const value = ws.getCell(infoValueCell(col.key));
    const numFmt = numFmtFor(col.type);
    if (numFmt) value.numFmt = numFmt;
    value.border = { bottom: { style: "thin", color: { argb: "FF8EA9DB" } } };
    validateRange(ws, "B", r, r, col, features);
    styleKeyRow(Object.assign(ws.getCell(r, 3), { value: col.key }));
    ws.getCell(r, 3).alignment = { horizontal: "left" };
    Object.assign(ws.getCell(r, 4), { value: col.help || col.en }).alignment = { wrapText: true, vertical: "top" };
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
}

function writeMeta(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(META_SHEET, { state: "hidden" });
  ws.getCell("A1").value = META_VERSION_LABEL;
  ws.getCell("B1").value = TEMPLATE_VERSION;
}

function defineNames(wb: ExcelJS.Workbook): void {
  const names: [string, string][] = [
    [DEFINED_NAMES.templateVersion, absRef(META_SHEET, "B1")],
    [DEFINED_NAMES.province, absRef(infoSheet.name, infoValueCell("province"))],
    [DEFINED_NAMES.fiscalYear, absRef(infoSheet.name, infoValueCell("fiscalYear"))],
    [DEFINED_NAMES.kpiAssessed, absRef(infoSheet.name, infoValueCell("kpiAssessed"))],
    [DEFINED_NAMES.kpiLevel, absRef(kpiSheet.name, KPI_RESULT_CELLS.level)],
    [DEFINED_NAMES.kpiWeighted, absRef(kpiSheet.name, KPI_RESULT_CELLS.weighted)],
  ];
  for (const [name, ref] of names) wb.definedNames.add(ref, name);
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
  if (options.instructions !== false) writeInstructions(wb, features);
  for (const def of SHEETS) {
    if (!inWorkbook(def, features)) continue;
    const ws = wb.addWorksheet(def.name, { properties: { defaultRowHeight: ROW_HEIGHT } });
    if (def.layout === "form") layoutInfo(ws, features);
    else layoutTable(ws, def, features);
    if (def.key === kpiSheet.key) layoutKpiSheet(ws);
  }
  if (features.includes("alignment")) writeAlignmentLists(wb);
  writeMeta(wb);
  defineNames(wb);
  return wb;
}
