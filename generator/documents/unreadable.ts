/**
 * Values the workbook held but could not be read (an error value such as
 * #REF!, text where a number or date belongs): a document shows them as
 * such wherever they are used, never as a blank, and a total that leaves
 * one out says so.
 */
import { cellOf, type PlanModel, type Project, type Table } from "../../core";
import type { BuildContext } from "./document";

/** The raw text of a record's field the parser could not read, or null. */
export function unreadableRaw<R extends { $row: number }>(model: PlanModel, table: Table<R>, rec: R, key: keyof R & string): string | null {
  if (!table.columns[key]) return null;
  const cell = cellOf(table, rec, key);
  const issue = model.parseIssues.find(
    (i) => (i.kind === "unreadable-value" || i.kind === "error-value") && i.sheet === table.sheet && i.cell === cell,
  );
  return issue ? (issue.raw ?? "") : null;
}

/** "อ่านไม่ได้ (#REF!)": how a document prints a value it could not read. */
export function unreadableText(raw: string): string {
  return raw ? `อ่านไม่ได้ (${raw})` : "อ่านไม่ได้";
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
  const unread = projects.filter((p) => budgetUnreadable(model, p)).length;
  const blank = projects.filter((p) => p.budget === null).length - unread;
  const parts = [unread ? `${unread} โครงการที่อ่านงบประมาณไม่ได้` : "", blank ? `${blank} โครงการที่ไม่ได้ระบุงบประมาณ` : ""].filter(Boolean);
  return parts.length ? ctx.fmt.text(`ไม่รวม ${parts.join(" และ ")}`) : "";
}
