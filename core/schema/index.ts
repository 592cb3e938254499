/**
 * The workbook schema, declared once. `SHEETS` below is the one list of
 * sheets: the plan model's tables (core/model.ts), the parser, the template,
 * the add-in's scaffold and the tests' grids all iterate it. Where cells sit
 * is declared in ./layout.ts.
 */
import type { ColumnDef, ValueOf } from "./columns";
import { ENUMS } from "./enums";
import { kpiMeetingsSheet, kpiSheet } from "./kpi";
import type { ColumnKey } from "./layout";
import { projectsSheet } from "./projects";
import {
  approachesSheet,
  approvalsSheet,
  committeeSheet,
  hearingsSheet,
  infoSheet,
  issuesSheet,
  needsSheet,
  objectivesSheet,
  positioningSheet,
  swotSheet,
  type SheetDef,
} from "./sheets";

export * from "./columns";
export * from "./enums";
export * from "./layout";
export * from "./sheets";
export * from "./kpi";
export * from "./projects";

/** Bumped when a sheet or column changes meaning; older readers refuse newer workbooks. */
export const TEMPLATE_VERSION = "1.0";

/** Sheets in template order: add a sheet here (and declare it beside the others). */
export const SHEETS = [
  infoSheet,
  committeeSheet,
  hearingsSheet,
  needsSheet,
  approvalsSheet,
  swotSheet,
  objectivesSheet,
  issuesSheet,
  approachesSheet,
  positioningSheet,
  projectsSheet,
  kpiSheet,
  kpiMeetingsSheet,
] as const;

export type AnySheet = (typeof SHEETS)[number];
export type SheetKey = AnySheet["key"];
export type SheetByKey<K extends SheetKey> = Extract<AnySheet, { key: K }>;
/** The table sheets (one record per row); the info sheet is the one form. */
export type TableSheet = Extract<AnySheet, { layout: "table" }>;
export type TableKey = TableSheet["key"];

/** The table sheets in template order: what the parser reads into the model's tables. */
export const TABLE_SHEETS = SHEETS.filter((s): s is TableSheet => s.layout === "table");

/**
 * Rows a new workbook starts with (phaen new, the add-in's scaffold): the six
 * approval steps of DOMAIN.md §3 in their order, not yet done, so the planner
 * fills in dates rather than typing step names (and a new workbook does not
 * warn of steps missing from the list).
 */
export const STARTER_ROWS: { sheet: typeof approvalsSheet; rows: Partial<Record<ColumnKey<typeof approvalsSheet>, string>>[] } = {
  sheet: approvalsSheet,
  rows: ENUMS.approvalStep.options.map((o) => ({ step: o.value, status: "ยังไม่ดำเนินการ" })),
};

/** The parsed values of one row: every column's typed value, or null when blank/unreadable. */
export type RecordOf<S extends SheetDef> = {
  -readonly [C in S["columns"][number] as C["key"]]: ValueOf<C["type"]> | null;
} & {
  /** One-based Excel row the record came from. */
  $row: number;
};

/** Every sheet's record type, by sheet key. */
export type Records = { [K in SheetKey]: RecordOf<SheetByKey<K>> };

// Names the rules use for some records (a deleted sheet fails to compile here and where its records are read).
export type InfoRecord = Records["info"];
export type CommitteeMember = Records["committee"];
export type Hearing = Records["hearings"];
export type Need = Records["needs"];
export type ApprovalStep = Records["approvals"];
export type SwotItem = Records["swot"];
export type Objective = Records["objectives"];
export type StrategicIssue = Records["issues"];
export type Approach = Records["approaches"];
export type PositioningStatement = Records["positioning"];
export type Project = Records["projects"];
export type KpiRecord = Records["kpi"];
export type KpiMeeting = Records["kpiMeetings"];

export function sheetByKey<K extends SheetKey>(key: K): SheetByKey<K> {
  return SHEETS.find((s) => s.key === key) as SheetByKey<K>;
}

export function columnOf(sheet: SheetDef, key: string): ColumnDef | undefined {
  return sheet.columns.find((c) => c.key === key);
}
