/**
 * The plan model: what the parser makes of a workbook's grids. Every record
 * remembers its row, and every table its column letters, so any field can be
 * traced back to its cell.
 */
import type { InfoRecord, Project, Records, TableKey } from "./schema";

export interface Table<R> {
  /** The sheet's name as found in the workbook (or the template name if missing). */
  sheet: string;
  present: boolean;
  /** Column key → column letter, for the columns found. */
  columns: Record<string, string>;
  /** One-based row of the Thai header (1 when the sheet is missing). */
  headerRow: number;
  rows: R[];
}

export interface InfoForm {
  sheet: string;
  present: boolean;
  values: InfoRecord;
  /** Field key → A1 address of its value cell. */
  cells: Record<string, string>;
}

/** Something the parser could not read: turned into a finding by the data rules. */
export interface ParseIssue {
  kind: "missing-sheet" | "missing-column" | "unreadable-value" | "error-value" | "missing-version" | "newer-version";
  sheet: string;
  cell: string;
  /** Column or field key, when the issue concerns one. */
  key?: string;
  /** Thai and English names of the column, sheet or expected type. */
  detail: { th: string; en: string };
  raw?: string;
  severity: "error" | "warning";
}

/** One table per table sheet of the schema (core/schema SHEETS), keyed by the sheet's key. */
export type PlanTables = { [K in TableKey]: Table<Records[K]> };

export interface PlanModel extends PlanTables {
  templateVersion: string | null;
  info: InfoForm;
  parseIssues: ParseIssue[];
  /**
   * Cells of the KPI sheets (the ones the template's formulas read) whose
   * date or number core read from typed text ("15 ม.ค. 52", Thai digits):
   * Excel's formulas cannot, so the sheet's own score would differ.
   */
  typedAsText?: TypedAsText[];
}

export interface TypedAsText {
  sheet: string;
  cell: string;
  /** Column key. */
  key: string;
  raw: string;
}

/** A1 address of a record's field; the header row's first cell if the column is missing. */
export function cellOf<R extends { $row: number }>(table: Table<R>, rec: R, key: keyof R & string): string {
  const letter = table.columns[key];
  return letter ? `${letter}${rec.$row}` : `A${rec.$row}`;
}

/** "B7:D7": a row's span across the given columns (those present). */
export function rowRange<R extends { $row: number }>(table: Table<R>, rec: R, keys: (keyof R & string)[]): string {
  const letters = keys.map((k) => table.columns[k]).filter((l): l is string => Boolean(l));
  if (!letters.length) return `A${rec.$row}`;
  const sorted = [...letters].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? `${first}${rec.$row}` : `${first}${rec.$row}:${last}${rec.$row}`;
}

/** Address of an info field's value cell (A1 of the info sheet when absent). */
export function infoCell(model: PlanModel, key: keyof InfoRecord & string): string {
  return model.info.cells[key] ?? "A1";
}

/** The header cell of a column, for findings about a whole column. */
export function headerCell<R>(table: Table<R>, key: string): string {
  const letter = table.columns[key];
  return letter ? `${letter}${table.headerRow}` : `A${table.headerRow}`;
}

/** Budget per beneficiary in baht (4.4), or null when either figure is missing or not positive. */
export function costPerBeneficiary(p: Pick<Project, "budget" | "beneficiaries">): number | null {
  if (!p.budget || p.budget <= 0 || !p.beneficiaries || p.beneficiaries <= 0) return null;
  return p.budget / p.beneficiaries;
}
