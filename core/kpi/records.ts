/** Finding a KPI's rows in the workbook: codes compared as numbers-with-dots, whatever was typed around them. */
import { headerCell, type PlanModel, type Table } from "../model";
import type { KpiMeeting, KpiRecord } from "../schema";
import { thaiToArabicDigits } from "../thai/digits";

/** "3.6", "KPI 3.6", "ตัวชี้วัดที่ ๓.๖" and the number 3.6 all read as "3.6". */
export function normaliseCode(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  const m = /\d+(?:\.\d+)*/.exec(thaiToArabicDigits(String(v)));
  return m ? m[0] : "";
}

export function kpiRows(model: PlanModel, kpiId: string, step: string): KpiRecord[] {
  const id = normaliseCode(kpiId);
  const code = normaliseCode(step);
  return model.kpi.rows.filter((r) => normaliseCode(r.kpiId) === id && normaliseCode(r.step) === code);
}

export function kpiMeetings(model: PlanModel, kpiId: string): KpiMeeting[] {
  const id = normaliseCode(kpiId);
  return model.kpiMeetings.rows.filter((r) => normaliseCode(r.kpiId) === id);
}

/** Where a finding about a whole table goes: its header cell, or A1 of the info sheet when the sheet is missing. */
export function tablePlace<R>(model: PlanModel, table: Table<R>, column: string): { sheet: string; cell: string } {
  if (!table.present) return { sheet: model.info.sheet, cell: "A1" };
  return { sheet: table.sheet, cell: headerCell(table, column) };
}

export function hasText(v: string | null | undefined): boolean {
  return typeof v === "string" && v.trim().length > 0;
}
