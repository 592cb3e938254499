/**
 * A grid is one sheet's cells as Excel reports them. Both adapters (Office.js
 * in the task pane, exceljs in the CLI) produce grids; the core never sees a
 * workbook object.
 */

/** Excel's error values, reported as their display strings. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

/**
 * One cell value: numbers (dates arrive as Excel serials), strings, booleans,
 * blanks (null or ""), and error values as their strings ("#REF!").
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  /** The sheet's name as shown on its tab. */
  sheet: string;
  /** A1 address of the top-left cell of `rows` (usually "A1"). */
  topLeft: string;
  /** Row-major cell values; rows may have different lengths. */
  rows: CellValue[][];
}

const ERROR_SET = new Set<string>(EXCEL_ERRORS);

/** Error values are short and start with "#" (after any spaces): most cells are ruled out at once. */
export function isExcelError(v: unknown): v is string {
  if (typeof v !== "string" || v.length > 24) return false;
  return ERROR_SET.has(v.trim());
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "B7" (or "$B$7") into zero-based column and one-based row. */
export function parseAddress(a1: string): { col: number; row: number } {
  const m = A1.exec(a1.trim());
  if (!m) return { col: 0, row: 1 };
  return { col: columnIndex(m[1]), row: Number(m[2]) };
}

export function address(col0: number, row1: number): string {
  return `${columnLetter(col0)}${row1}`;
}

/** "B7:D7", or just "B7" when both ends are the same cell. */
export function range(from: string, to: string): string {
  return from === to ? from : `${from}:${to}`;
}
