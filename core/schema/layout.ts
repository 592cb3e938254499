/**
 * The workbook layout: where each sheet's cells sit in a workbook Phaen lays
 * out (the template and samples, `phaen new`, the add-in's scaffold, the
 * tests' miniature grids, the KPI sheet's formulas, the defined names).
 * Declared once here; every writer takes its rows, columns and cells from it.
 * The parser does not depend on it: it finds sheets, header rows and form
 * fields by name, so a workbook whose rows a planner moved still reads.
 */
import { columnLetter, parseAddress, type CellValue } from "../grid";
import { KPI_3_6_2552 } from "../kpi/definitions";
import type { ColumnDef } from "./columns";
import { kpiSheet } from "./kpi";
import { infoSheet, type SheetDef } from "./sheets";

/** The hidden sheet that carries the template version. */
export const META_SHEET = "_meta";
/** The instructions sheet written before the data sheets (the parser ignores it). */
export const INSTRUCTIONS_SHEET = "คำอธิบาย";
/** The label in _meta whose right-hand neighbour is the template version. */
export const META_VERSION_LABEL = "templateVersion";
export const META_CELLS = { label: "A1", version: "B1" } as const;

/** The _meta sheet as grid rows from A1 (the add-in's scaffold, the tests' miniature workbooks). */
export function metaRows(version: string): CellValue[][] {
  return placeRows([
    [META_CELLS.label, META_VERSION_LABEL],
    [META_CELLS.version, version],
  ]);
}

/** Grid rows from A1 holding each value at its cell, blanks elsewhere. */
function placeRows(cells: readonly (readonly [string, CellValue])[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [a1, value] of cells) {
    const { row, col } = parseAddress(a1);
    (rows[row - 1] ??= [])[col] = value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** Table sheets: the Thai header row, the English-key row (machine-read), then data. */
export const TABLE_ROWS = { thaiHeader: 1, keys: 2, firstData: 3 } as const;

/** The last data row the template prepares (formats, dropdowns) on a table sheet. */
export function lastTemplateRow(def: Pick<SheetDef, "templateRows">): number {
  return TABLE_ROWS.firstData + def.templateRows - 1;
}

/** The column keys of a sheet, as a type: a key the schema no longer has does not compile. */
export type ColumnKey<S extends SheetDef> = S["columns"][number]["key"];

/** A table column's letter in a workbook Phaen lays out: columns in schema order from A. */
export function letterOf<S extends SheetDef>(sheet: S, key: ColumnKey<S>): string {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`column ${key} is not in sheet ${sheet.key}`);
  return columnLetter(i);
}

/** A table's two header rows, as grid rows: Thai headers, then English keys. */
export function tableHeaderRows(columns: readonly ColumnDef[]): [string[], string[]] {
  return [columns.map((c) => c.th), columns.map((c) => c.key)];
}

/** The info sheet is a form: a header row, then one field per row in schema order. */
export const INFO_FORM = {
  headerRow: 1,
  firstFieldRow: 2,
  /** Left to right: the field's label, its value, its key (machine-read) and what to type. */
  columns: { label: "A", value: "B", key: "C", help: "D" },
  headers: { label: "หัวข้อ", value: "ค่า", key: "key", help: "คำอธิบาย" },
} as const;

export type InfoKey = ColumnKey<typeof infoSheet>;

export function infoFieldRow(key: InfoKey): number {
  const i = infoSheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`info field ${key} is unknown`);
  return INFO_FORM.firstFieldRow + i;
}

/** "B11": the value cell of an info field. */
export function infoValueCell(key: InfoKey): string {
  return `${INFO_FORM.columns.value}${infoFieldRow(key)}`;
}

/**
 * The form as grid rows without its help column (the add-in's scaffold, the
 * tests' miniature workbooks): the header, then label, value and key per field.
 */
export function infoFormRows(fields: readonly ColumnDef[], valueOf: (field: ColumnDef) => CellValue = () => null): CellValue[][] {
  const { columns: at, headers: h, headerRow } = INFO_FORM;
  const row = (r: number, label: CellValue, value: CellValue, key: CellValue): [string, CellValue][] => [
    [`${at.label}${r}`, label],
    [`${at.value}${r}`, value],
    [`${at.key}${r}`, key],
  ];
  return placeRows([
    ...row(headerRow, h.label, h.value, h.key),
    ...fields.flatMap((f, i) => row(INFO_FORM.firstFieldRow + i, f.th, valueOf(f), f.key)),
  ]);
}

/** The KPI the template's KPI sheet lays out: its steps are the sheet's pre-filled rows. */
export const TEMPLATE_KPI = KPI_3_6_2552;

const besideKpiTable = (offset: number) => columnLetter(kpiSheet.columns.length + offset);

/**
 * Right of the KPI table: a column saying whether each step is met, a gap,
 * then the result block's labels and values: one row per level from the
 * first data row, a blank row, then the level, score, weight, weighted score
 * and summary.
 */
export const KPI_BLOCK = {
  metColumn: besideKpiTable(0),
  gapColumn: besideKpiTable(1),
  labelColumn: besideKpiTable(2),
  valueColumn: besideKpiTable(3),
  firstLevelRow: TABLE_ROWS.firstData,
  firstResultRow: TABLE_ROWS.firstData + TEMPLATE_KPI.levels.length + 1,
} as const;

/** Where a KPI's rows and result cells sit on the KPI sheet: its steps from the first data row in order, the result block beside. */
export interface KpiSheetLayout {
  stepRow(code: string): number;
  firstResultRow: number;
  result: { level: string; score: string; weight: string; weighted: string; summary: string };
}

/** The KPI sheet laid out for one KPI (the template's, or another a pack defines: `phaen new` lays that one out). */
export function kpiSheetLayout(def: { steps: readonly { code: string }[]; levels: readonly unknown[] }): KpiSheetLayout {
  const firstResultRow = TABLE_ROWS.firstData + def.levels.length + 1;
  const cell = (i: number) => `${KPI_BLOCK.valueColumn}${firstResultRow + i}`;
  return {
    stepRow(code) {
      const i = def.steps.findIndex((s) => s.code === code);
      if (i < 0) throw new Error(`KPI step ${code} is not on this KPI sheet`);
      return TABLE_ROWS.firstData + i;
    },
    firstResultRow,
    result: { level: cell(0), score: cell(1), weight: cell(2), weighted: cell(3), summary: cell(4) },
  };
}

const TEMPLATE_KPI_LAYOUT = kpiSheetLayout(TEMPLATE_KPI);
export const KPI_RESULT_CELLS = TEMPLATE_KPI_LAYOUT.result;

/** The KPI sheet row of a template step (the steps fill the data rows in the definition's order). */
export function kpiStepRow(code: string): number {
  return TEMPLATE_KPI_LAYOUT.stepRow(code);
}

interface NamedCell {
  name: string;
  sheet: string;
  cell: string;
  /** The cell holds a template formula: a scaffolded workbook, which has none, leaves the name out. */
  formula?: boolean;
}

/** The template's defined names and the cells behind them, in the order the template defines them. */
export const NAMED_CELLS = {
  templateVersion: { name: "PHAEN_TEMPLATE_VERSION", sheet: META_SHEET, cell: META_CELLS.version },
  province: { name: "PHAEN_PROVINCE", sheet: infoSheet.name, cell: infoValueCell("province") },
  fiscalYear: { name: "PHAEN_FISCAL_YEAR", sheet: infoSheet.name, cell: infoValueCell("fiscalYear") },
  kpiAssessed: { name: "PHAEN_KPI36_ASSESSED", sheet: infoSheet.name, cell: infoValueCell("kpiAssessed") },
  kpiLevel: { name: "PHAEN_KPI36_LEVEL", sheet: kpiSheet.name, cell: KPI_RESULT_CELLS.level, formula: true },
  kpiWeighted: { name: "PHAEN_KPI36_WEIGHTED", sheet: kpiSheet.name, cell: KPI_RESULT_CELLS.weighted, formula: true },
} as const satisfies Record<string, NamedCell>;

/** Defined name by role (the add-in reads the KPI result through them). */
export const DEFINED_NAMES = Object.fromEntries(Object.entries(NAMED_CELLS).map(([role, n]) => [role, n.name])) as {
  [R in keyof typeof NAMED_CELLS]: (typeof NAMED_CELLS)[R]["name"];
};
