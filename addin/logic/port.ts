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
  /** The named cells that hold a typed value instead of the template's formula (someone typed over it). */
  typedOver?: ("level" | "weighted")[];
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
  /** What this Excel could not add: dropdown lists (ExcelApi 1.8), defined names (1.4). */
  lacking?: ("dropdowns" | "names")[];
}

/** What the host offers beyond reading and writing cells (detected at run time). */
export interface PortFeatures {
  /** Change events for the live re-check (ExcelApi 1.7). */
  liveCheck: boolean;
  /** The template's KPI formula cells, read through defined names (ExcelApi 1.4). */
  formulaCells: boolean;
  platform: string;
}

export interface WorkbookPort {
  features?: PortFeatures;
  readWorkbook(): Promise<WorkbookRead>;
  /**
   * Replaces the content of add-in-owned sheets (creating them if needed);
   * resolves to the names written (beside a planner's sheet of the same name).
   */
  writeOwnedSheets(sheets: OwnedSheetContent[]): Promise<string[] | void>;
  /** Activates the sheet and selects the cell or range. */
  selectCell(sheet: string, cell: string): Promise<void>;
  scaffold(plan: ScaffoldPlan): Promise<ScaffoldOutcome>;
  /** Calls `onChange` when the planner edits any sheet; resolves to an unsubscribe function. */
  watchChanges(onChange: () => void): Promise<() => Promise<void>>;
}
