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

type AnyTable = Table<{ $row: number }>;

/**
 * What a finding is about, within its version: the record's identity at its
 * row, or the column's or field's key. Lookups are made once per version (a
 * check of 5,000 projects has tens of thousands of findings).
 */
class Subjects {
  private readonly bySheet = new Map<
    string,
    { name: string; table: AnyTable; keyOf: Map<string, string>; rows?: Map<number, { $row: number }> }
  >();
  private readonly infoKeyOf: Map<string, string>;

  constructor(private readonly model: PlanModel) {
    for (const [name, v] of Object.entries(model)) {
      if (!v || typeof v !== "object" || !("rows" in v) || !("columns" in v)) continue;
      const table = v as AnyTable;
      const keyOf = new Map(Object.entries(table.columns).map(([key, letter]) => [letter, key]));
      if (!this.bySheet.has(table.sheet)) this.bySheet.set(table.sheet, { name, table, keyOf });
    }
    this.infoKeyOf = new Map(Object.entries(model.info.cells).map(([key, cell]) => [cell, key]));
  }

  /** A project finding: the project (by the code given) and the field. */
  project(f: Finding, code: string): string {
    const m = CELL.exec(f.cell);
    const column = m && f.sheet === this.model.projects.sheet ? (this.bySheet.get(f.sheet)?.keyOf.get(m[1]) ?? "") : "";
    return `project:${code}:${column}`;
  }

  plan(f: Finding): string {
    if (f.sheet === this.model.info.sheet) {
      const key = this.infoKeyOf.get(f.cell);
      return key ? `info:${key}` : "info";
    }
    const entry = this.bySheet.get(f.sheet);
    const m = CELL.exec(f.cell);
    if (!entry || !m) return `sheet:${f.sheet}`;
    const column = entry.keyOf.get(m[1]) ?? "";
    const row = Number(m[2]);
    if (row <= entry.table.headerRow) return `${entry.name}:column:${column}`;
    entry.rows ??= new Map(entry.table.rows.map((r) => [r.$row, r]));
    const rec = entry.rows.get(row);
    return `${entry.name}:${rec ? recordId(rec) : "row"}:${column}`;
  }
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

function refOf(subjects: Subjects, f: Finding, projectKey: string | undefined): FindingRef {
  return {
    ruleId: f.ruleId,
    criterion: f.criterion,
    severity: f.severity,
    project: f.project ?? null,
    key: projectKey !== undefined ? subjects.project(f, projectKey) : subjects.plan(f),
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    messageEn: f.messageEn,
  };
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
  const sa = new Subjects(older.model);
  const sb = new Subjects(newer.model);
  const before = older.findings.map((f) => refOf(sa, f, f.project));
  const after = newer.findings.map((f) => refOf(sb, f, f.project === undefined ? undefined : olderCodeOf(f.project)));
  // Identities as numbers where they can be (rule, project, column): tens of thousands of findings.
  const ids = new Identities();
  const idsBefore = before.map((r) => ids.of(r));
  const idsAfter = after.map((r) => ids.of(r));
  const pool = new Map<number | string, number>();
  for (const k of idsBefore) pool.set(k, (pool.get(k) ?? 0) + 1);
  const fresh: FindingRef[] = [];
  const open: FindingRef[] = [];
  const kept = new Map<number | string, number>();
  for (let i = 0; i < after.length; i++) {
    const k = idsAfter[i];
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      kept.set(k, (kept.get(k) ?? 0) + 1);
      open.push(after[i]);
    } else fresh.push(after[i]);
  }
  // Older findings not matched: those of each identity beyond the number still open.
  const fixed: FindingRef[] = [];
  const seen = new Map<number | string, number>();
  for (let i = 0; i < before.length; i++) {
    const k = idsBefore[i];
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > (kept.get(k) ?? 0)) fixed.push(before[i]);
  }
  return { fixed, new: fresh, open };
}

/** A finding's identity (rule and key) as a small number, from ids given to each rule and key as first met. */
class Identities {
  private readonly rules = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  of(r: FindingRef): number {
    let rule = this.rules.get(r.ruleId);
    if (rule === undefined) this.rules.set(r.ruleId, (rule = this.rules.size));
    let key = this.keys.get(r.key);
    if (key === undefined) this.keys.set(r.key, (key = this.keys.size));
    return key * 4096 + rule;
  }
}
