/**
 * Field-by-field comparison of two records of one sheet, each value with its
 * cell in its own workbook. A cell the parser could not read is compared as
 * what it holds ("unreadable in newer"), never as a blank, and never throws.
 */
import type { PlanModel, Table } from "../model";
import type { FieldChange, FieldValue } from "./types";

/** Per sheet, cell → the raw text of each value the parser could not read. */
export type UnreadableCells = Map<string, Map<string, string>>;

export function unreadableCells(model: PlanModel): UnreadableCells {
  const out: UnreadableCells = new Map();
  for (const i of model.parseIssues) {
    if (i.kind !== "unreadable-value" && i.kind !== "error-value") continue;
    let cells = out.get(i.sheet);
    if (!cells) out.set(i.sheet, (cells = new Map()));
    cells.set(i.cell, i.raw ?? "");
  }
  return out;
}

export interface Side<R extends { $row: number }> {
  table: Table<R>;
  rec: R;
  unreadable: UnreadableCells;
}

/** The cell of a record's field, or null when the sheet has no such column. */
export function fieldCell<R extends { $row: number }>(table: Table<R>, rec: R, key: string): string | null {
  const letter = table.columns[key];
  return letter ? `${letter}${rec.$row}` : null;
}

function valueOf<R extends { $row: number }>(side: Side<R>, key: string): { value: FieldValue; cell: string | null } {
  const cell = fieldCell(side.table, side.rec, key);
  const raw = cell === null ? undefined : side.unreadable.get(side.table.sheet)?.get(cell);
  if (raw !== undefined) return { value: { unreadable: raw }, cell };
  return { value: plain((side.rec as Record<string, unknown>)[key]), cell };
}

/** Lists (codes) compare as their joined text; blanks as null. */
function plain(v: unknown): FieldValue {
  if (v === undefined || v === null || v === "") return null;
  if (Array.isArray(v)) return v.length ? v.join(", ") : null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") return a.unreadable === b.unreadable;
  return false;
}

export function budgetChange(change: FieldChange): FieldChange {
  const { before, after } = change;
  if (typeof before !== "number" || typeof after !== "number") return change;
  const difference = after - before;
  const percent = before === 0 ? null : Math.round((difference / before) * 10_000) / 100;
  return { ...change, difference, percent };
}

/** The fields (in the given order) whose values differ between the two records. */
export function changedFields<R extends { $row: number }>(older: Side<R>, newer: Side<R>, keys: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of keys) {
    const a = valueOf(older, field);
    const b = valueOf(newer, field);
    if (sameValue(a.value, b.value)) continue;
    const change: FieldChange = { field, before: a.value, after: b.value, cellOlder: a.cell, cellNewer: b.cell };
    out.push(field === "budget" ? budgetChange(change) : change);
  }
  return out;
}

/** A record present in one version only: its fields that hold something, on the side it is on. */
export function presentFields<R extends { $row: number }>(side: Side<R>, keys: readonly string[], on: "older" | "newer"): FieldChange[] {
  const held = keys.filter((field) => valueOf(side, field).value !== null);
  return held.map((field) => {
    const v = valueOf(side, field);
    return on === "older"
      ? { field, before: v.value, after: null, cellOlder: v.cell, cellNewer: null }
      : { field, before: null, after: v.value, cellOlder: null, cellNewer: v.cell };
  });
}
