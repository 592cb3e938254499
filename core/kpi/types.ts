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

export interface StepResult {
  code: string;
  level: number;
  met: boolean;
  /** Why not met (or a note when met), in both languages. */
  reasons: Bilingual[];
  sheet?: string;
  cell?: string;
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
}
