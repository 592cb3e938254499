/**
 * How the findings changed: fixed (in the older version only), new (in the
 * newer only) and still open. A finding is identified by its rule and what it
 * is about, never by its cell or wording (both move when rows are inserted or
 * figures change): a project finding by the project's code (the older code,
 * for a project whose code was changed) and field, a plan-level one by the
 * record's code or the field's key. Several findings of one identity are
 * matched by count.
 */
import type { PlanModel, Table } from "../model";
import type { Finding } from "../rules/types";
import type { FindingChanges, FindingRef } from "./types";

const CELL = /^([A-Z]{1,3})(\d+)/;

/** What a finding is about, within its sheet: the record's identity at its row, or the column's or field's key. */
function subjectOf(model: PlanModel, f: Finding): string {
  if (f.sheet === model.info.sheet) {
    for (const [key, cell] of Object.entries(model.info.cells)) if (cell === f.cell) return `info:${key}`;
    return "info";
  }
  const table = tableOf(model, f.sheet);
  const m = CELL.exec(f.cell);
  if (!table || !m) return `sheet:${f.sheet}`;
  const column = Object.entries(table.columns).find(([, letter]) => letter === m[1])?.[0] ?? "";
  const row = Number(m[2]);
  if (row <= table.headerRow) return `${tableName(model, table)}:column:${column}`;
  const rec = rowsByNumber(table).get(row);
  const id = rec ? recordId(rec) : `row?`;
  return `${tableName(model, table)}:${id}:${column}`;
}

type AnyTable = Table<{ $row: number }>;

const ROWS = new WeakMap<AnyTable, Map<number, { $row: number }>>();

/** A table's records by row number, made once per table (a sheet may hold 50,000 rows). */
function rowsByNumber(table: AnyTable): Map<number, { $row: number }> {
  let m = ROWS.get(table);
  if (!m) ROWS.set(table, (m = new Map(table.rows.map((r) => [r.$row, r]))));
  return m;
}

function tables(model: PlanModel): [string, AnyTable][] {
  return Object.entries(model).filter(([, v]) => v && typeof v === "object" && "rows" in v && "columns" in v) as [string, AnyTable][];
}

function tableOf(model: PlanModel, sheet: string): AnyTable | undefined {
  return tables(model).find(([, t]) => t.sheet === sheet)?.[1];
}

function tableName(model: PlanModel, table: AnyTable): string {
  return tables(model).find(([, t]) => t === table)?.[0] ?? table.sheet;
}

/** A record's own identity: its code, id or number, else its first text (a committee member's name). */
function recordId(rec: { $row: number }): string {
  const r = rec as Record<string, unknown>;
  for (const k of ["code", "id", "no", "step", "name", "seq"]) {
    const v = r[k];
    if (v !== null && v !== undefined && v !== "") return `${k}=${String(v)}`;
  }
  return "row";
}

function refOf(model: PlanModel, f: Finding, projectKey: string | undefined): FindingRef {
  const key = projectKey !== undefined ? `project:${projectKey}:${columnOf(model, f)}` : subjectOf(model, f);
  return {
    ruleId: f.ruleId,
    criterion: f.criterion,
    severity: f.severity,
    project: f.project ?? null,
    key,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    messageEn: f.messageEn,
  };
}

function columnOf(model: PlanModel, f: Finding): string {
  const m = CELL.exec(f.cell);
  if (!m || f.sheet !== model.projects.sheet) return "";
  return Object.entries(model.projects.columns).find(([, letter]) => letter === m[1])?.[0] ?? "";
}

/**
 * `olderCodeOf` maps a newer project code to the older one it was matched with
 * (by name, when the code changed); findings of both versions are then keyed by the older code.
 */
export function diffFindings(
  older: { model: PlanModel; findings: readonly Finding[] },
  newer: { model: PlanModel; findings: readonly Finding[] },
  olderCodeOf: (newerCode: string) => string,
): FindingChanges {
  const before = older.findings.map((f) => refOf(older.model, f, f.project));
  const after = newer.findings.map((f) => refOf(newer.model, f, f.project === undefined ? undefined : olderCodeOf(f.project)));
  const identity = (r: FindingRef) => `${r.ruleId}|${r.key}`;
  const pool = new Map<string, number>();
  for (const r of before) pool.set(identity(r), (pool.get(identity(r)) ?? 0) + 1);
  const fresh: FindingRef[] = [];
  const open: FindingRef[] = [];
  for (const r of after) {
    const k = identity(r);
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      open.push(r);
    } else fresh.push(r);
  }
  const fixed: FindingRef[] = [];
  // Older findings not matched: the last ones of each identity (the matched ones are counted off the front).
  const seen = new Map<string, number>();
  const kept = new Map<string, number>();
  for (const r of after) kept.set(identity(r), (kept.get(identity(r)) ?? 0) + 1);
  for (const r of before) {
    const k = identity(r);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > (kept.get(k) ?? 0)) fixed.push(r);
  }
  return { fixed, new: fresh, open };
}
