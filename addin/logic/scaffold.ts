/**
 * The template sheets a blank workbook gets from สร้างแม่แบบ, derived from
 * the core schema (so the scaffolded workbook and the checker cannot drift):
 * header rows, dropdown lists on bounded ranges, defined names.
 */
import {
  BUNDLED_PACKS,
  INFO_FORM,
  META_SHEET,
  NAMED_CELLS,
  SHEETS,
  STARTER_ROWS,
  TABLE_ROWS,
  TEMPLATE_VERSION,
  choiceValues,
  packChoices,
  inWorkbook,
  infoFieldRow,
  infoFormRows,
  infoSheet,
  lastTemplateRow,
  letterOf,
  metaRows,
  choosePack,
  packApprovalRows,
  packInfoValues,
  tableHeaderRows,
  type CellValue,
  type ColumnDef,
  type Pack,
  type PackChoice,
  type SheetDef,
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

/** The year a new workbook is for, and the pack that governs it (its approval steps, plan period and KPI). */
export interface ScaffoldYear {
  fiscalYear: number;
  pack: Pack;
}

/** A column's dropdown: the pack's own list where it declares one (as `phaen new` writes it), else core's. */
function optionsOf(col: ColumnDef, features: readonly WorkbookFeature[], year: ScaffoldYear | undefined): string[] | undefined {
  return col.enumKey ? choiceValues(col.enumKey, features, packChoices(year?.pack)) : undefined;
}

function infoFormSheet(features: readonly WorkbookFeature[], year: ScaffoldYear | undefined): ScaffoldSheet {
  // A pack's fields come last, so leaving them out moves no other field's row.
  const fields = infoSheet.columns.filter((c) => inWorkbook(c, features));
  const dropdowns = fields.flatMap((c) => {
    const values = optionsOf(c, features, year);
    return values ? [{ range: `${INFO_FORM.columns.value}${infoFieldRow(c.key)}`, values }] : [];
  });
  const values: Partial<Record<string, CellValue>> = year ? packInfoValues(year.pack, year.fiscalYear) : {};
  const rows = infoFormRows(fields, (c) => values[c.key] ?? null);
  return { name: infoSheet.name, rows, boldRows: [INFO_FORM.headerRow - 1], dropdowns };
}

/** The pack covering the year (else the nearest earlier one), as `phaen new` and the check choose it. */
export function packForYear(fiscalYear: number): PackChoice {
  return choosePack(BUNDLED_PACKS, fiscalYear)!;
}

/** The sheets for a new workbook of the year: its pack's features, plan period and approval steps. */
export function scaffoldPlanForYear(fiscalYear: number): { choice: PackChoice; plan: ScaffoldPlan } {
  const choice = packForYear(fiscalYear);
  return { choice, plan: scaffoldPlan(choice.pack.workbook?.features ?? [], { fiscalYear, pack: choice.pack }) };
}

/** The sheets a new workbook gets; a pack's features (alignment columns, the 20-year goal) add theirs. */
export function scaffoldPlan(features: readonly WorkbookFeature[] = [], year?: ScaffoldYear): ScaffoldPlan {
  const sheets: ScaffoldSheet[] = [];
  for (const def of SHEETS) {
    if (!inWorkbook(def, features)) continue;
    if (def.layout === "form") {
      sheets.push(infoFormSheet(features, year));
      continue;
    }
    const table: SheetDef = def;
    const cols = table.columns.filter((c) => inWorkbook(c, features));
    const dropdowns = cols.flatMap((c) => {
      const values = optionsOf(c, features, year);
      const letter = letterOf(table, c.key);
      return values ? [{ range: `${letter}${TABLE_ROWS.firstData}:${letter}${lastTemplateRow(table)}`, values }] : [];
    });
    const starterRows = year ? packApprovalRows(year.pack, STARTER_ROWS.rows[0]?.status ?? "ยังไม่ดำเนินการ") : STARTER_ROWS.rows;
    const starters =
      def.key === STARTER_ROWS.sheet.key ? starterRows.map((r) => cols.map((c) => (r as Record<string, string>)[c.key] ?? null)) : [];
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
