/**
 * Dropdowns of the alignment columns: the national strategy, master plans and milestones
 * from core's reference data (too long for Excel's inline lists, so they live on a hidden
 * sheet the validations point at).
 */
import type ExcelJS from "exceljs";
import { ALIGNMENT, type ColumnDef } from "../../core";
import { absRef } from "./addresses";

export const ALIGNMENT_LISTS_SHEET = "_alignment";

const LISTS = [
  { key: "nationalStrategy", kind: "strategies", column: "A" },
  { key: "masterPlan", kind: "masterPlans", column: "B" },
  { key: "milestone", kind: "milestones", column: "C" },
] as const;

export function writeAlignmentLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(ALIGNMENT_LISTS_SHEET, { state: "hidden" });
  for (const l of LISTS) ALIGNMENT.choices(l.kind).forEach((text, i) => (ws.getCell(`${l.column}${i + 1}`).value = text));
}

/** Gives an alignment column its dropdown; false for any other column. */
export function validateAlignment(ws: ExcelJS.Worksheet, letter: string, first: number, last: number, col: ColumnDef): boolean {
  const list = LISTS.find((l) => l.key === col.key);
  if (!list || last < first) return false;
  const n = ALIGNMENT.choices(list.kind).length;
  const range = `${absRef(ALIGNMENT_LISTS_SHEET, `${list.column}1`)}:$${list.column}$${n}`;
  (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${letter}${first}:${letter}${last}`,
    {
      type: "list",
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "ไม่อยู่ในรายการ",
      error: "เลือกจากรายการ (รหัสและชื่อ) / pick from the list",
      showInputMessage: true,
      promptTitle: col.th.slice(0, 32),
      prompt: (col.help || col.en).slice(0, 250),
    },
  );
  return true;
}
