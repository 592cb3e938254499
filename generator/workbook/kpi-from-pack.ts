/**
 * `phaen new` under a pack: the template's KPI sheet was laid out from the
 * bundled FY2552 pack; here it takes the chosen pack's KPI for the year. The
 * same steps keep the template's rows and formulas (the texts, due dates and
 * weight are rewritten: the formulas read the due-date cells); a KPI with
 * other steps, levels or scoring gets the sheet laid out anew for it, its
 * formulas and defined names included. A pack defining no KPI for the year
 * leaves the sheet empty.
 */
import type ExcelJS from "exceljs";
import {
  KPI_BLOCK,
  KPI_RESULT_CELLS,
  NAMED_CELLS,
  TABLE_ROWS,
  columnIndex,
  kpiSheet,
  letterOf,
  type ColumnKey,
  type KpiDefinition,
  type KpiSheetLayout,
} from "../../core";
import { absRef } from "./addresses";
import { layoutKpiSheet, stepRow } from "./kpi-sheet";
import { KPI36_STEPS, KPI_DEFINITION, KPI_ID, type TemplateStep } from "./kpi-steps";
import { BE_DATE_FORMAT } from "./styles";

const L = (key: ColumnKey<typeof kpiSheet>) => letterOf(kpiSheet, key);
/** The result block beside the table (core/schema/layout.ts), title row included: exceljs numbers columns from 1. */
const RESULT_BLOCK_FIRST_COLUMN = columnIndex(KPI_BLOCK.labelColumn) + 1;

function sheetOf(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(kpiSheet.name) ?? wb.getWorksheet(kpiSheet.nameEn);
}

/** Leaves the KPI sheet with its headers only: no steps, no result block (`restyle`: their formats go too). */
export function emptyKpiSheet(wb: ExcelJS.Workbook, restyle = false): void {
  const ws = sheetOf(wb);
  if (!ws) return;
  ws.eachRow((row, r) => {
    row.eachCell((cell) => {
      if (r < TABLE_ROWS.firstData && Number(cell.col) < RESULT_BLOCK_FIRST_COLUMN) return;
      cell.value = null;
      // A table cell goes back to its column's format; beside the table, to none.
      if (restyle) cell.style = Number(cell.col) > kpiSheet.columns.length ? {} : { ...ws.getColumn(Number(cell.col)).style };
    });
  });
}

/** Lays the KPI sheet out anew for a KPI unlike the template's, and points the KPI's defined names at its result cells. */
function relayoutKpiSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, def: KpiDefinition): KpiSheetLayout {
  emptyKpiSheet(wb, true);
  const title = `${KPI_BLOCK.labelColumn}${TABLE_ROWS.thaiHeader}:${KPI_BLOCK.valueColumn}${TABLE_ROWS.thaiHeader}`;
  ws.unMergeCells(title);
  const at = layoutKpiSheet(ws, def);
  for (const [role, cell] of [
    ["kpiLevel", at.result.level],
    ["kpiWeighted", at.result.weighted],
  ] as const) {
    const named = NAMED_CELLS[role];
    wb.definedNames.remove(absRef(named.sheet, named.cell), named.name);
    wb.definedNames.add(absRef(named.sheet, cell), named.name);
  }
  return at;
}

/** Writes the pack's KPI over the template's: the same steps in the same order, with the pack's texts, due dates and weight. */
export function applyKpiDefinition(wb: ExcelJS.Workbook, def: KpiDefinition): void {
  const ws = sheetOf(wb);
  if (!ws) return;
  // The step formulas bake in the KPI id, each step's kind and its targets; only due dates and texts live in cells.
  const baked = (s: TemplateStep) => [s.code, s.level, s.kind, s.targetPercent, s.perQuarter, Boolean(s.requiresFlaggedProjects)].join("|");
  const same =
    def.id === KPI_ID && def.steps.length === KPI36_STEPS.length && def.steps.every((s, i) => baked(s) === baked(KPI36_STEPS[i]));
  // Levels and scoring are baked in too (the level rows, the score formula).
  const sameBlock =
    def.levels.length === KPI_DEFINITION.levels.length &&
    def.partialCredit === KPI_DEFINITION.partialCredit &&
    def.floor === KPI_DEFINITION.floor;
  if (!same || !sameBlock) {
    relayoutKpiSheet(wb, ws, def);
    return;
  }
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
