/**
 * What the task pane can ask of the workbook. The Office.js adapter
 * implements it; components and tests only ever see this interface and
 * plain data.
 */
import type { CellValue, Grid } from "../../core";
import type { ScaffoldPlan } from "./scaffold";

/** Sheets the add-in owns and rewrites; every other sheet is the planner's. */
export const FINDINGS_SHEET = "ผลการตรวจ";
export const SCORE_SHEET = "คะแนน";
export const OWNED_SHEETS = [FINDINGS_SHEET, SCORE_SHEET] as const;
export type OwnedSheet = (typeof OWNED_SHEETS)[number];

/** Values of the template's own KPI formula cells (defined names), when present. */
export interface FormulaKpi {
  level: CellValue | undefined;
  weighted: CellValue | undefined;
}

export interface WorkbookRead {
  grids: Grid[];
  formulaKpi: FormulaKpi;
}

export interface OwnedSheetContent {
  name: OwnedSheet;
  rows: CellValue[][];
  /** Rows (zero-based) shown bold: headings. */
  boldRows?: number[];
}

export interface ScaffoldOutcome {
  created: string[];
  /** Sheets that already existed and were left untouched. */
  skipped: string[];
}

export interface WorkbookPort {
  readWorkbook(): Promise<WorkbookRead>;
  /** Replaces the content of add-in-owned sheets (creating them if needed). */
  writeOwnedSheets(sheets: OwnedSheetContent[]): Promise<void>;
  /** Activates the sheet and selects the cell or range. */
  selectCell(sheet: string, cell: string): Promise<void>;
  scaffold(plan: ScaffoldPlan): Promise<ScaffoldOutcome>;
  /** Calls `onChange` when the planner edits any sheet; resolves to an unsubscribe function. */
  watchChanges(onChange: () => void): Promise<() => Promise<void>>;
}
