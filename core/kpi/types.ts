/** Milestone KPI definitions are data; these are their shapes and the scorer's output. */
import type { Bilingual } from "../rules/types";

export type StepKind =
  /** Done (with evidence) on or before the due date, if any. */
  | "dated"
  /** Percent complete reaches `targetPercent`, done by the due date. */
  | "percent"
  /** At least `perQuarter` follow-up meetings in each fiscal quarter. */
  | "quarterlyMeetings"
  /** The assessor's verdict is ผ่าน, with who gave it and when. */
  | "verdict";

export interface KpiStepDef {
  code: string;
  level: number;
  kind: StepKind;
  th: string;
  en: string;
  /** ISO date the step is due by (on or before). */
  due?: string;
  targetPercent?: number;
  perQuarter?: number;
  /** Also requires projects flagged as security plan and integrated pilot. */
  requiresFlaggedProjects?: boolean;
}

export interface KpiDefinition {
  id: string;
  fiscalYear: number;
  title: Bilingual;
  /** Weight in percent (3 means 3 %). */
  weight: number;
  levels: { level: number; th: string; en: string }[];
  steps: KpiStepDef[];
  /** Thai names of the assessed provinces, stored with the KPI. */
  assessed: string[];
  assessedSource: string;
  /** "none": a level counts only when all its steps are met. "stepFraction": adds the met share of the next level's steps. */
  partialCredit: "none" | "stepFraction";
  /** Score when no level is reached. */
  floor: number;
}

/** What a reason says about a step; rules of the `kpi` family report the failing kinds. */
export type StepReasonKind =
  | "met"
  | "missing-row"
  | "no-done-date"
  | "late"
  | "no-evidence"
  | "no-percent"
  | "percent-short"
  | "quarter-without-meeting"
  | "no-security-project"
  | "no-pilot-project"
  | "no-verdict"
  | "verdict-not-passed"
  | "no-assessor";

/** The scorer always fills kind, sheet and cell; they are optional so hand-made results (tests, fixtures) stay simple. */
export interface StepReason extends Bilingual {
  kind?: StepReasonKind;
  /** The sheet and cell the reason is about. */
  sheet?: string;
  cell?: string;
}

export type PlacedReason = Required<StepReason>;

export interface StepResult {
  code: string;
  level: number;
  kind?: StepKind;
  /** The step's description, from the definition. */
  th?: string;
  en?: string;
  met: boolean;
  /** Why not met (or a note when met), in both languages, each at its cell. */
  reasons: StepReason[];
  sheet?: string;
  cell?: string;
  /** Due date (ISO), when the step has one. */
  due?: string;
}

export interface LevelResult {
  level: number;
  met: boolean;
  steps: StepResult[];
}

export interface KpiResult {
  kpiId: string;
  fiscalYear: number;
  title: Bilingual;
  weight: number;
  assessed: boolean;
  /** Highest level reached (0 when none); null when not assessed. */
  level: number | null;
  score: number | null;
  /** score × weight / 100; null when not assessed. */
  weighted: number | null;
  levels: LevelResult[];
  /** "ผ่านระดับ 3", "ไม่ผ่านระดับ 1", "ไม่ต้องประเมิน" and English. */
  summary: Bilingual;
  /** How part credit was worked out, when the definition gives it. */
  working?: Bilingual;
  partialCredit?: KpiDefinition["partialCredit"];
  /** Why the workbook is not assessed, when it is not. */
  notAssessedReason?: Bilingual;
}
