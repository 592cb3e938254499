/** Indexes over the model's tables and how records are named (the per-run indexes are in ../facts.ts). */
import type { PlanModel, Table } from "../../model";
import type { Project } from "../../schema";

/** First record by key value; later duplicates are the data rules' concern. */
export function indexBy<R, K extends keyof R>(rows: readonly R[], key: K): Map<NonNullable<R[K]>, R> {
  const m = new Map<NonNullable<R[K]>, R>();
  for (const r of rows) {
    const v = r[key];
    if (v !== null && v !== undefined && !m.has(v as NonNullable<R[K]>)) m.set(v as NonNullable<R[K]>, r);
  }
  return m;
}

/** For a list of codes left blank: iterate without making a new empty array per row. */
export const NO_CODES: readonly string[] = [];

// Regex literals are hoisted: a literal makes a new RegExp object each time it is evaluated, per row per rule.
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/g;
const LATIN_SMALL = /[a-z]/;

/** Codes compared case-insensitively and without spaces ("s1" = "S1"). */
export function codeKey(code: string | number | null | undefined): string {
  if (code === null || code === undefined) return "";
  if (typeof code === "number") return String(code);
  // Most codes are already clean ("P01"): skip the rewrites for them (this runs per project per rule).
  const compact = WHITESPACE.test(code) ? code.replace(WHITESPACE_RUN, "") : code;
  return LATIN_SMALL.test(compact) ? compact.toUpperCase() : compact;
}

export function codeIndex<R>(rows: readonly R[], key: keyof R): Map<string, R> {
  const m = new Map<string, R>();
  for (const r of rows) {
    const k = codeKey(r[key] as string | number | null);
    if (k && !m.has(k)) m.set(k, r);
  }
  return m;
}

/** How a record is named in a message: its code, or its row when it has none. */
export function label(code: string | number | null | undefined, row: number): string {
  const c = code === null || code === undefined ? "" : String(code).trim();
  return c || `แถว/row ${row}`;
}

export function projectLabel(p: Project): string {
  return label(p.code, p.$row);
}

/** A1 of a sheet: where findings about a whole sheet point (the info sheet's A1 when the sheet is missing). */
export function sheetAnchor(model: PlanModel, table: Table<unknown>): { sheet: string; cell: string } {
  return table.present ? { sheet: table.sheet, cell: "A1" } : { sheet: model.info.sheet, cell: "A1" };
}

export const STRENGTH_OR_OPPORTUNITY = new Set(["จุดแข็ง", "โอกาส"]);
export const WEAKNESS_OR_THREAT = new Set(["จุดอ่อน", "ภัยคุกคาม"]);
