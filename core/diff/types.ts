/**
 * The comparison of two versions of a plan, as `phaen diff --json` prints it.
 * The shape is a contract (README): keys are only added, never renamed.
 */
import type { Criterion, Severity } from "../rules/types";

/** A value that could not be read from its cell: the change is "unreadable in newer" (or older). */
export interface Unreadable {
  unreadable: string;
}

export type FieldValue = string | number | boolean | null | Unreadable;

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
  /** A1 address in the older / newer workbook's sheet; null where the record is absent there. */
  cellOlder: string | null;
  cellNewer: string | null;
  /** Budget only: newer minus older, in baht. */
  difference?: number;
  /** Budget only: the difference as a percentage of the older budget (null when that was 0). */
  percent?: number | null;
}

export type MatchedBy = "code" | "name";

export interface ProjectChange {
  change: "added" | "removed" | "changed";
  /** The code in the newer version (the older one for a removed project). */
  code: string | null;
  /** The project's name (the newer one where both exist): for the reports, left out of the JSON (diffJson). */
  name: string | null;
  /** The code in the older version (null for an added project). */
  codeBefore: string | null;
  matchedBy: MatchedBy | null;
  fields: FieldChange[];
}

export interface VersionInfo {
  file: string;
  province: string;
  /** จังหวัด or กลุ่มจังหวัด. */
  level: string | null;
  fiscalYear: number | null;
  planStatus: string | null;
  projects: number;
  budget: number;
}

export interface TotalLine {
  key: string;
  before: { projects: number; budget: number };
  after: { projects: number; budget: number };
  difference: number;
}

/** Projects drawing on one ceiling, and how many fall inside and over it (by priority), before and after. */
export interface CeilingLine {
  ceiling: "province" | "cluster";
  before: CeilingSide;
  after: CeilingSide;
}

export interface CeilingSide {
  limit: number | null;
  drawing: number;
  inside: number;
  over: number;
}

export interface Totals {
  all: TotalLine;
  ceilings: CeilingLine[];
  byKind: TotalLine[];
  bySource: TotalLine[];
  byIssue: TotalLine[];
}

export type PlanPart = "vision" | "mission" | "positioning" | "objective" | "issue" | "approach";

export interface PlanChange {
  part: PlanPart;
  change: "added" | "removed" | "changed";
  /** The statement's code, the objective's or approach's code, the issue's number. */
  key: string;
  fields: FieldChange[];
}

export interface FindingRef {
  ruleId: string;
  criterion: Criterion;
  severity: Severity;
  /** Project code (as in the version the finding comes from); null for a plan-level finding. */
  project: string | null;
  /** What the finding is about, independent of cell and wording: a record's code or a field's key. */
  key: string;
  sheet: string;
  cell: string;
  message: string;
  messageEn: string;
}

export interface FindingChanges {
  fixed: FindingRef[];
  new: FindingRef[];
  open: FindingRef[];
}

export interface PlanDiff {
  older: VersionInfo;
  newer: VersionInfo;
  projects: ProjectChange[];
  totals: Totals;
  plan: PlanChange[];
  findings: FindingChanges;
}
