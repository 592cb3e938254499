/**
 * Scores one milestone KPI for one workbook: who is assessed, which levels
 * are met (cumulatively), the score with the definition's part-credit option,
 * and the weighted score. The method is written out in README.md beside this
 * file; the workbook template's formulas follow it.
 */
import type { PlanModel } from "../model";
import type { ReferenceData } from "../reference";
import type { Bilingual } from "../rules/types";
import { formatFixed } from "../thai";
import { judgeStep } from "./steps";
import type { KpiDefinition, KpiResult, LevelResult } from "./types";

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The workbook's province as the definition names it (Thai), or the typed text when it is not a known province. */
export function provinceOf(model: PlanModel, reference: ReferenceData): string {
  const typed = model.info.values.province ?? "";
  return reference.province(typed)?.th ?? typed.replace(/^จังหวัด\s*/u, "").trim();
}

/** Null when the workbook is assessed; otherwise why not. */
export function notAssessedReason(model: PlanModel, reference: ReferenceData, def: KpiDefinition): Bilingual | null {
  if (model.info.values.level === "กลุ่มจังหวัด")
    return { th: `แผนระดับกลุ่มจังหวัดไม่ต้องประเมินตัวชี้วัดที่ ${def.id}`, en: `Cluster plans are not assessed on KPI ${def.id}` };
  const province = provinceOf(model, reference);
  if (!province) return { th: "ไม่ได้ระบุจังหวัดในแผ่นงานข้อมูลทั่วไป", en: "No province is given on the information sheet" };
  const known = reference.province(province);
  if (!known || (known.createdCE && known.createdCE > def.fiscalYear - 543))
    return {
      th: `ไม่รู้จักจังหวัด${province}ในปีงบประมาณ ${def.fiscalYear}`,
      en: `unknown province for ${def.fiscalYear}: ${known?.en ?? province}`,
    };
  if (def.assessed.includes(province)) return null;
  return {
    th: `จังหวัด${province}ไม่อยู่ในรายชื่อจังหวัดที่ต้องประเมินตัวชี้วัดที่ ${def.id} ปีงบประมาณ ${def.fiscalYear}`,
    en: `${reference.province(province)?.en ?? province} is not among the provinces assessed on KPI ${def.id} in fiscal year ${def.fiscalYear}`,
  };
}

function judgeLevels(model: PlanModel, def: KpiDefinition): LevelResult[] {
  const levels: LevelResult[] = [];
  let below = true;
  for (const l of [...def.levels].sort((a, b) => a.level - b.level)) {
    const steps = def.steps.filter((s) => s.level === l.level).map((s) => judgeStep(model, def, s));
    const met: boolean = below && steps.every((s) => s.met);
    levels.push({ level: l.level, met, steps });
    below = met;
  }
  return levels;
}

interface Score {
  score: number;
  working?: Bilingual;
}

function scoreOf(def: KpiDefinition, levels: LevelResult[], level: number): Score {
  const next = levels.find((l) => l.level === level + 1);
  if (def.partialCredit === "none" || !next) return { score: level > 0 ? level : def.floor };
  const met: number = next.steps.filter((s) => s.met).length;
  const total = next.steps.length;
  const raw = round(level + (total ? met / total : 0), 2);
  const score = level > 0 ? raw : Math.max(def.floor, raw);
  const shown = formatFixed(score, 2);
  return {
    score,
    working: {
      th: `ผ่านระดับ ${level} + ขั้นตอนของระดับ ${level + 1} ผ่าน ${met} จาก ${total} ขั้นตอน = ${level} + ${met}/${total} = ${shown}`,
      en: `Level ${level} + ${met} of ${total} steps of level ${level + 1} met = ${level} + ${met}/${total} = ${shown}`,
    },
  };
}

export function scoreKpi(model: PlanModel, reference: ReferenceData, def: KpiDefinition): KpiResult {
  const base = { kpiId: def.id, fiscalYear: def.fiscalYear, title: def.title, weight: def.weight, partialCredit: def.partialCredit };
  const why = notAssessedReason(model, reference, def);
  if (why)
    return {
      ...base,
      assessed: false,
      level: null,
      score: null,
      weighted: null,
      levels: [],
      summary: { th: "ไม่ต้องประเมิน", en: "Not assessed" },
      notAssessedReason: why,
    };
  const levels = judgeLevels(model, def);
  const level = levels.filter((l) => l.met).reduce((max, l) => Math.max(max, l.level), 0);
  const { score, working } = scoreOf(def, levels, level);
  const weighted = round((score * def.weight) / 100, 4);
  const withScore =
    def.partialCredit === "none"
      ? { th: "", en: "" }
      : { th: ` (คะแนน ${formatFixed(score, 2)})`, en: ` (score ${formatFixed(score, 2)})` };
  const summary =
    level > 0
      ? { th: `ผ่านระดับ ${level}${withScore.th}`, en: `Level ${level} reached${withScore.en}` }
      : { th: `ไม่ผ่านระดับ 1${withScore.th}`, en: `Level 1 not reached${withScore.en}` };
  return { ...base, assessed: true, level, score, weighted, levels, summary, ...(working ? { working } : {}) };
}
