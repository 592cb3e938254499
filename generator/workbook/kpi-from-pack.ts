/**
 * `phaen new` under a pack: the template's KPI sheet was laid out from the
 * bundled FY2552 pack; here it takes the chosen pack's KPI for the year (its
 * descriptions, due dates and weight: the step formulas read the due-date
 * cells, so they follow), or is emptied when the pack defines no KPI for
 * that year.
 */
import type ExcelJS from "exceljs";
import { KPI_BLOCK, KPI_RESULT_CELLS, TABLE_ROWS, columnIndex, kpiSheet, letterOf, type ColumnKey, type KpiDefinition } from "../../core";
import { UserError } from "../../core/errors";
import { stepRow } from "./kpi-sheet";
import { KPI36_STEPS, KPI_ID, type TemplateStep } from "./kpi-steps";
import { BE_DATE_FORMAT } from "./styles";

const L = (key: ColumnKey<typeof kpiSheet>) => letterOf(kpiSheet, key);
/** The result block beside the table (core/schema/layout.ts), title row included: exceljs numbers columns from 1. */
const RESULT_BLOCK_FIRST_COLUMN = columnIndex(KPI_BLOCK.labelColumn) + 1;

function sheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(kpiSheet.name) ?? wb.getWorksheet(kpiSheet.nameEn);
}

/** Leaves the KPI sheet with its headers only: no steps, no result block. */
export function emptyKpiSheet(wb: ExcelJS.Workbook): void {
  const ws = sheetOf(wb);
  if (!ws) return;
  ws.eachRow((row, r) => {
    row.eachCell((cell) => {
      if (r >= TABLE_ROWS.firstData || Number(cell.col) >= RESULT_BLOCK_FIRST_COLUMN) cell.value = null;
    });
  });
}

/** Writes the pack's KPI over the template's: the same steps in the same order, with the pack's texts, due dates and weight. */
export function applyKpiDefinition(wb: ExcelJS.Workbook, def: KpiDefinition, packId: string): void {
  const ws = sheetOf(wb);
  if (!ws) return;
  // The step formulas bake in the KPI id, each step's kind and its targets; only due dates and texts live in cells.
  const baked = (s: TemplateStep) => [s.code, s.level, s.kind, s.targetPercent, s.perQuarter, Boolean(s.requiresFlaggedProjects)].join("|");
  const same =
    def.id === KPI_ID && def.steps.length === KPI36_STEPS.length && def.steps.every((s, i) => baked(s) === baked(KPI36_STEPS[i]));
  if (!same)
    throw new UserError(
      `แม่แบบจัดแผ่นงานตัวชี้วัดไว้สำหรับขั้นตอน ${KPI36_STEPS.map((s) => s.code).join(", ")} แต่ตัวชี้วัดที่ ${def.id} ของชุด ${packId} มีขั้นตอนต่างไป: สร้างแม่แบบใหม่ด้วย npm run template:write`,
      `the template lays out KPI steps ${KPI36_STEPS.map((s) => s.code).join(", ")}, but KPI ${def.id} of pack ${packId} has other steps: rebuild the template (npm run template:write)`,
    );
  for (const step of def.steps) {
    const r = stepRow(step.code);
    ws.getCell(`${L("kpiId")}${r}`).value = def.id;
    ws.getCell(`${L("description")}${r}`).value = step.th;
    const due = ws.getCell(`${L("dueDate")}${r}`);
    due.value = step.due ? new Date(`${step.due}T00:00:00Z`) : null;
    if (step.due) due.numFmt = BE_DATE_FORMAT;
  }
  ws.getCell(KPI_RESULT_CELLS.weight).value = def.weight;
}
