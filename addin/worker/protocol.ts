/** Messages between the pane and its worker (check and Word export run off the main thread). */
import type { CellValue, Grid } from "../../core";
import type { PlanDiff } from "../../core/diff";
import type { DocumentKindId } from "../logic/documents";
import type { PaneResult } from "../logic/paneResult";

export interface ExportOptions {
  thaiDigits: boolean;
  /** Letterhead lines printed on covers; the official letterhead the CLI's reference.docx carries when absent. */
  letterhead?: readonly string[];
  /** word/styles.xml of a reference .docx the planner chose; the built-in official styles when absent. */
  styles?: string;
}

export type ToWorker =
  /** Rows of one sheet, sent ahead of a check a slice at a time, so no single copy to the worker blocks the pane. */
  | { type: "rows"; id: number; sheet: string; topLeft: string; rows: CellValue[][] }
  /** With no grids, checks the rows sent ahead under the same id. */
  | { type: "check"; id: number; grids: Grid[] }
  | { type: "export"; id: number; grids: Grid[]; kinds: DocumentKindId[]; options: ExportOptions }
  /** เทียบกับฉบับก่อน: the earlier file's bytes against the open workbook's grids (or the rows sent ahead under the id). */
  | { type: "compare"; id: number; older: { name: string; bytes: Uint8Array }; grids: Grid[]; anyProvince: boolean; label?: string }
  | { type: "exportComparison"; id: number; diff: PlanDiff; options: ExportOptions };

/** A step of an export: checking the workbook, or building, packing a document. */
export interface ExportStep {
  stage: "check" | "build" | "pack";
  kind?: DocumentKindId;
  /** Documents finished, of `total`. */
  done: number;
  total: number;
}

export type FromWorker =
  | { type: "checked"; id: number; result: PaneResult }
  | { type: "progress"; id: number; step: ExportStep }
  | { type: "document"; id: number; kind: DocumentKindId; name: string; bytes: Uint8Array }
  | { type: "exported"; id: number }
  | { type: "compared"; id: number; diff: PlanDiff }
  | { type: "comparisonExported"; id: number; name: string; bytes: Uint8Array }
  /** `problem`: a user error's own Thai and English (a refused file), kept whole across the worker boundary. */
  | { type: "failed"; id: number; message: string; problem?: { th: string; en: string; file?: string } };
