import type { ColumnDef, ValueOf, WorkbookFeature } from "./columns";
import { enumOptions } from "./enums";
import { kpiMeetingsSheet, kpiSheet } from "./kpi";
import { projectsSheet } from "./projects";
import {
  approachesSheet,
  approvalsSheet,
  committeeSheet,
  goal20Sheet,
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
export type { SheetDef } from "./sheets";
export { SUFFICIENCY_PARTS, READINESS_PARTS } from "./projects";

/** Bumped when a sheet or column changes meaning; older readers refuse newer workbooks. */
export const TEMPLATE_VERSION = "1.0";

export const META_SHEET = "_meta";
export const INSTRUCTIONS_SHEET = "คำอธิบาย";
/** Defined names the template carries (the parser reads the cells by label). */
export const DEFINED_NAMES = {
  templateVersion: "PHAEN_TEMPLATE_VERSION",
  province: "PHAEN_PROVINCE",
  fiscalYear: "PHAEN_FISCAL_YEAR",
  kpiAssessed: "PHAEN_KPI36_ASSESSED",
  kpiLevel: "PHAEN_KPI36_LEVEL",
  kpiWeighted: "PHAEN_KPI36_WEIGHTED",
} as const;
/** The label in _meta!A1 whose value (B1) is the template version. */
export const META_VERSION_LABEL = "templateVersion";

/** Sheets in template order. */
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
  goal20Sheet,
] as const;

export {
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
  goal20Sheet,
};

/**
 * Rows a new workbook starts with (phaen new, the add-in's scaffold): the six
 * approval steps of DOMAIN.md §3 in their order, not yet done, so the planner
 * fills in dates rather than typing step names (and a new workbook does not
 * warn of steps missing from the list).
 */
export const STARTER_ROWS: { sheet: typeof approvalsSheet; rows: Record<string, string>[] } = {
  sheet: approvalsSheet,
  rows: enumOptions("approvalStep").map((o) => ({ step: o.value, status: "ยังไม่ดำเนินการ" })),
};

export type AnySheet = (typeof SHEETS)[number];
export type SheetKey = AnySheet["key"];
export type SheetByKey<K extends SheetKey> = Extract<AnySheet, { key: K }>;

/** The parsed values of one row: every column's typed value, or null when blank/unreadable. */
export type RecordOf<S extends SheetDef> = {
  -readonly [C in S["columns"][number] as C["key"]]: ValueOf<C["type"]> | null;
} & {
  /** One-based Excel row the record came from. */
  $row: number;
};

export type InfoRecord = RecordOf<typeof infoSheet>;
export type CommitteeMember = RecordOf<typeof committeeSheet>;
export type Hearing = RecordOf<typeof hearingsSheet>;
export type Need = RecordOf<typeof needsSheet>;
export type ApprovalStep = RecordOf<typeof approvalsSheet>;
export type SwotItem = RecordOf<typeof swotSheet>;
export type Objective = RecordOf<typeof objectivesSheet>;
export type StrategicIssue = RecordOf<typeof issuesSheet>;
export type Approach = RecordOf<typeof approachesSheet>;
export type PositioningStatement = RecordOf<typeof positioningSheet>;
export type Project = RecordOf<typeof projectsSheet>;
export type KpiRecord = RecordOf<typeof kpiSheet>;
export type KpiMeeting = RecordOf<typeof kpiMeetingsSheet>;
export type Goal20Item = RecordOf<typeof goal20Sheet>;

/** Whether a column or sheet belongs in a workbook with these features enabled. */
export function inWorkbook(def: SheetDef | ColumnDef, features: readonly WorkbookFeature[]): boolean {
  const feature = "feature" in def ? def.feature : undefined;
  return feature === undefined || features.includes(feature);
}

export function sheetByKey<K extends SheetKey>(key: K): SheetByKey<K> {
  return SHEETS.find((s) => s.key === key) as SheetByKey<K>;
}

export function columnOf(sheet: SheetDef, key: string): ColumnDef | undefined {
  return sheet.columns.find((c) => c.key === key);
}
