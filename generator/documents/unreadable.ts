/**
 * Values the workbook held but the parser could not read (`#REF!`, a date
 * typed as "ต้นปีงบประมาณ"): the model has null for them, as for a blank.
 * A document shows such a value as unreadable, not as missing, and a total
 * that leaves it out says so.
 */
import { type CheckResult, type PlanModel, type Project, type Table } from "../../core";
import type { BuildContext } from "./document";

/**
 * Each value of a workbook the parser could not read, with what the cell held: by sheet, row and
 * column key (a table's cell), and by sheet and key (an information form's field, its first).
 */
export interface UnreadableIndex {
  readonly cells: ReadonlyMap<string, string>;
  readonly fields: ReadonlyMap<string, string>;
}

const keyOf = (sheet: string, row: number, key: string) => `${sheet}\u0000${row}\u0000${key}`;
const fieldOf = (sheet: string, key: string) => `${sheet}\u0000${key}`;

/** One index per workbook, made on first use (the documents look up every project's cells). */
const INDEXES = new WeakMap<PlanModel, { issues: number; index: UnreadableIndex }>();

function indexOf(model: PlanModel): UnreadableIndex {
  const issues = model.parseIssues;
  const known = INDEXES.get(model);
  if (known && known.issues === issues.length) return known.index;
  const cells = new Map<string, string>();
  const fields = new Map<string, string>();
  for (const i of issues) {
    if ((i.kind !== "error-value" && i.kind !== "unreadable-value") || !i.key) continue;
    const raw = i.raw ?? "";
    const field = fieldOf(i.sheet, i.key);
    if (!fields.has(field)) fields.set(field, raw);
    const row = /\d+$/.exec(i.cell);
    const cell = row && keyOf(i.sheet, Number(row[0]), i.key);
    if (cell && !cells.has(cell)) cells.set(cell, raw);
  }
  const index = { cells, fields };
  INDEXES.set(model, { issues: issues.length, index });
  return index;
}

export function unreadableIndex(result: CheckResult): UnreadableIndex {
  return indexOf(result.model);
}

/** What a record's cell on `sheet` held when it could not be read; null when it was read (or left blank). */
export function unreadableField(index: UnreadableIndex, sheet: string, rec: { $row: number }, key: string): string | null {
  return index.cells.get(keyOf(sheet, rec.$row, key)) ?? null;
}

/** A record's date as a document shows it: the Buddhist Era date, "อ่านไม่ได้ (…)", or empty for a blank. */
export function dateOrUnreadable(
  ctx: BuildContext,
  index: UnreadableIndex,
  sheet: string,
  rec: { $row: number },
  key: string,
  iso: string | null,
  style: "short" | "long" = "short",
): string {
  if (iso !== null) return ctx.fmt.date(iso, style);
  const raw = unreadableField(index, sheet, rec, key);
  return raw === null ? "" : unreadableText(raw);
}

/** "อ่านไม่ได้ (…)" for an info-form field (a date prepared, a year) the workbook held but could not be read; null otherwise. */
export function unreadableInfo(result: CheckResult, key: string): string | null {
  const raw = indexOf(result.model).fields.get(fieldOf(result.model.info.sheet, key));
  return raw === undefined ? null : unreadableText(raw);
}

/** "อ่านไม่ได้ (#REF!)": a value shown as the workbook held it. */
export function unreadableText(raw: string): string {
  return raw.trim() ? `อ่านไม่ได้ (${raw.trim()})` : "อ่านไม่ได้";
}

/** Reads a project's budget, period and other fields as a document shows them, unreadable values included. */
export interface ProjectValues {
  /** The budget in baht, or why there is none ("อ่านไม่ได้ (#REF!)", or empty for a blank). */
  budget(p: Project): string;
  /** The period "1 ต.ค. 2551 – 30 ก.ย. 2552", an unreadable date shown as such. */
  period(p: Project): string;
  budgetUnreadable(p: Project): boolean;
  /** "อ่านไม่ได้ (…)" for a field of the project the workbook held but could not be read; null otherwise. */
  unreadable(p: Project, key: keyof Project & string): string | null;
  /** Projects of the list whose budget could not be read. */
  unreadableBudgets(projects: readonly Project[]): Project[];
  /** The note a total that leaves them out carries ("ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้"); empty when none. */
  totalNote(projects: readonly Project[]): string;
  /** A total row's label: "รวม", or "รวม (ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้)" when it leaves a project out. */
  totalLabel(label: string, projects: readonly Project[]): string;
}

export function projectValues(result: CheckResult, ctx: BuildContext): ProjectValues {
  const { model } = result;
  const raw = (p: Project, key: keyof Project & string) => unreadableRaw(model, model.projects, p, key);
  const isUnreadable = (p: Project) => budgetUnreadable(model, p);
  const unreadableBudgets = (ps: readonly Project[]) => ps.filter(isUnreadable);
  const totalNote = (ps: readonly Project[]) => {
    const n = unreadableBudgets(ps).length;
    return n ? ctx.fmt.text(`ไม่รวม ${n} โครงการที่อ่านงบประมาณไม่ได้`) : "";
  };
  return {
    budget: (p) => {
      if (p.budget !== null) return ctx.fmt.baht(p.budget);
      const r = raw(p, "budget");
      return r === null ? "" : unreadableText(r);
    },
    period: (p) => {
      const date = (iso: string | null, key: "startDate" | "endDate") => {
        const r = iso === null ? raw(p, key) : null;
        return r === null ? ctx.fmt.date(iso) : unreadableText(r);
      };
      const a = date(p.startDate, "startDate");
      const b = date(p.endDate, "endDate");
      return a && b ? `${a} – ${b}` : a || b;
    },
    budgetUnreadable: isUnreadable,
    unreadable: (p, key) => {
      const r = raw(p, key);
      return r === null ? null : unreadableText(r);
    },
    unreadableBudgets,
    totalNote,
    totalLabel: (label, ps) => {
      const note = totalNote(ps);
      return note ? `${label} (${note})` : label;
    },
  };
}

// Per-record lookups for the committee documents (screening report, packets), on the same index.

/** The raw text of a record's field the parser could not read, or null. */
export function unreadableRaw<R extends { $row: number }>(model: PlanModel, table: Table<R>, rec: R, key: keyof R & string): string | null {
  return table.columns[key] ? unreadableField(indexOf(model), table.sheet, rec, key) : null;
}

/** Whether the project's budget was in the workbook but could not be read. */
export function budgetUnreadable(model: PlanModel, p: Project): boolean {
  return p.budget === null && unreadableRaw(model, model.projects, p, "budget") !== null;
}

/** A budget as a table prints it: the figure, what could not be read, or "ไม่ระบุ". */
export function budgetText(model: PlanModel, p: Project, ctx: BuildContext): string {
  if (p.budget !== null) return ctx.fmt.baht(p.budget);
  const raw = unreadableRaw(model, model.projects, p, "budget");
  return raw === null ? "ไม่ระบุ" : ctx.fmt.text(unreadableText(raw));
}

/** The note under a total that leaves out projects without a readable budget ("" when none). */
export function leftOutNote(model: PlanModel, projects: readonly Project[], ctx: BuildContext): string {
  let blank = 0;
  let unread = 0;
  for (const p of projects) {
    if (p.budget !== null) continue;
    if (budgetUnreadable(model, p)) unread++;
    else blank++;
  }
  const parts = [unread ? `${unread} โครงการที่อ่านงบประมาณไม่ได้` : "", blank ? `${blank} โครงการที่ไม่ได้ระบุงบประมาณ` : ""].filter(Boolean);
  return parts.length ? ctx.fmt.text(`ไม่รวม ${parts.join(" และ ")}`) : "";
}
