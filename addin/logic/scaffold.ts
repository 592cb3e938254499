/**
 * The template sheets a blank workbook gets from สร้างแม่แบบ, derived from
 * the core schema (so the scaffolded workbook and the checker cannot drift):
 * header rows, dropdown lists on bounded ranges, defined names.
 */
import {
  ENUMS,
  INFO_FORM,
  META_SHEET,
  NAMED_CELLS,
  SHEETS,
  STARTER_ROWS,
  TABLE_ROWS,
  TEMPLATE_VERSION,
  infoFieldRow,
  infoFormRows,
  infoSheet,
  lastTemplateRow,
  letterOf,
  metaRows,
  tableHeaderRows,
  type CellValue,
  type ColumnDef,
  type SheetDef,
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
  return col.enumKey ? ENUMS[col.enumKey].options.map((o) => o.value) : undefined;
}

function infoFormSheet(): ScaffoldSheet {
  const dropdowns = infoSheet.columns.flatMap((c) => {
    const values = optionsOf(c);
    return values ? [{ range: `${INFO_FORM.columns.value}${infoFieldRow(c.key)}`, values }] : [];
  });
  return { name: infoSheet.name, rows: infoFormRows(infoSheet.columns), boldRows: [INFO_FORM.headerRow - 1], dropdowns };
}

export function scaffoldPlan(): ScaffoldPlan {
  const sheets: ScaffoldSheet[] = [];
  for (const def of SHEETS) {
    if (def.layout === "form") {
      sheets.push(infoFormSheet());
      continue;
    }
    const table: SheetDef = def;
    const cols = table.columns;
    const dropdowns = cols.flatMap((c) => {
      const values = optionsOf(c);
      const letter = letterOf(table, c.key);
      return values ? [{ range: `${letter}${TABLE_ROWS.firstData}:${letter}${lastTemplateRow(table)}`, values }] : [];
    });
    const starters =
      def.key === STARTER_ROWS.sheet.key ? STARTER_ROWS.rows.map((r) => cols.map((c) => (r as Record<string, string>)[c.key] ?? null)) : [];
    // Rows are written from A1: the header rows sit where the layout puts them, data starts after them.
    sheets.push({ name: def.name, rows: [...tableHeaderRows(cols), ...starters], boldRows: [TABLE_ROWS.thaiHeader - 1], dropdowns });
  }
  sheets.push({ name: META_SHEET, rows: metaRows(TEMPLATE_VERSION), boldRows: [], dropdowns: [], hidden: true });
  // A scaffold writes values, not the template's KPI formulas: names behind formula cells are left out.
  const names = Object.values(NAMED_CELLS)
    .filter((n) => !("formula" in n && n.formula))
    .map((n) => ({ name: n.name, sheet: n.sheet, cell: n.cell }));
  return { sheets, names };
}
