/**
 * The template sheets a blank workbook gets from สร้างแม่แบบ, derived from
 * the core schema (so the scaffolded workbook and the checker cannot drift):
 * header rows, dropdown lists on bounded ranges, defined names.
 */
import {
  DEFINED_NAMES,
  enumOptions,
  META_SHEET,
  META_VERSION_LABEL,
  SHEETS,
  STARTER_ROWS,
  TEMPLATE_VERSION,
  columnLetter,
  inWorkbook,
  infoSheet,
  type CellValue,
  type ColumnDef,
  type WorkbookFeature,
} from "../../core";

export interface ScaffoldSheet {
  name: string;
  rows: CellValue[][];
  boldRows: number[];
  /** Dropdowns: A1 range → allowed values. */
  dropdowns: { range: string; values: string[] }[];
  hidden?: boolean;
}

export interface ScaffoldPlan {
  sheets: ScaffoldSheet[];
  /** Defined name → sheet and A1 cell. */
  names: { name: string; sheet: string; cell: string }[];
}

function optionsOf(col: ColumnDef): string[] | undefined {
  return col.enumKey ? enumOptions(col.enumKey).map((o) => o.value) : undefined;
}

/** The info form's first value row: row 1 is its header ("หัวข้อ | ค่า | key"). */
const INFO_FIRST_ROW = 2;

function infoFormSheet(features: readonly WorkbookFeature[]): ScaffoldSheet {
  // Fields keep their rows (a pack's fields come last), so leaving them out drops only the tail.
  const fields = infoSheet.columns.filter((c) => inWorkbook(c, features));
  const rows: CellValue[][] = [["หัวข้อ", "ค่า", "key"], ...fields.map((c) => [c.th, null, c.key] as CellValue[])];
  const dropdowns = fields.flatMap((c, i) => {
    const values = optionsOf(c);
    return values ? [{ range: `B${INFO_FIRST_ROW + i}`, values }] : [];
  });
  return { name: infoSheet.name, rows, boldRows: [0], dropdowns };
}

function infoCellOf(key: string): string {
  return `B${INFO_FIRST_ROW + infoSheet.columns.findIndex((c) => c.key === key)}`;
}

/** The sheets a new workbook gets; a pack's features (alignment columns, the 20-year goal) add theirs. */
export function scaffoldPlan(features: readonly WorkbookFeature[] = []): ScaffoldPlan {
  const sheets: ScaffoldSheet[] = [];
  for (const def of SHEETS) {
    if (!inWorkbook(def, features)) continue;
    if (def.layout === "form") {
      sheets.push(infoFormSheet(features));
      continue;
    }
    const cols = (def.columns as readonly ColumnDef[]).filter((c) => inWorkbook(c, features));
    const lastRow = 2 + def.templateRows;
    const dropdowns = cols.flatMap((c, i) => {
      const values = optionsOf(c);
      const letter = columnLetter(i);
      return values ? [{ range: `${letter}3:${letter}${lastRow}`, values }] : [];
    });
    const starters = def.key === STARTER_ROWS.sheet.key ? STARTER_ROWS.rows.map((r) => cols.map((c) => r[c.key] ?? null)) : [];
    sheets.push({ name: def.name, rows: [cols.map((c) => c.th), cols.map((c) => c.key), ...starters], boldRows: [0], dropdowns });
  }
  sheets.push({ name: META_SHEET, rows: [[META_VERSION_LABEL, TEMPLATE_VERSION]], boldRows: [], dropdowns: [], hidden: true });
  const names = [
    { name: DEFINED_NAMES.templateVersion, sheet: META_SHEET, cell: "B1" },
    { name: DEFINED_NAMES.province, sheet: infoSheet.name, cell: infoCellOf("province") },
    { name: DEFINED_NAMES.fiscalYear, sheet: infoSheet.name, cell: infoCellOf("fiscalYear") },
    { name: DEFINED_NAMES.kpiAssessed, sheet: infoSheet.name, cell: infoCellOf("kpiAssessed") },
  ];
  return { sheets, names };
}
