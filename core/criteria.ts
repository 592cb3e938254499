/**
 * The criteria findings are filed under: the numbered screening criteria of
 * DOMAIN.md §6 and the rule families outside them. One table for the CLI
 * report, the Word screening report and the task pane.
 */
import type { Bilingual } from "./rules/types";

/** Every criterion, in catalogue order: the one list the `Criterion` type, the names and the order come from. */
export const CRITERIA = [
  { id: "1.1", th: "สอดคล้องกับศักยภาพ โอกาส และความต้องการของประชาชน", en: "fits the province's potential, opportunities and people's needs" },
  { id: "1.2", th: "สนับสนุนนโยบายเร่งด่วน สร้างงานและรายได้", en: "supports the urgent policy: jobs and income" },
  { id: "2.1", th: "หลักปรัชญาของเศรษฐกิจพอเพียง", en: "sufficiency-economy philosophy" },
  { id: "2.2", th: "หลักความสอดคล้องเชื่อมโยง", en: "consistency and linkage" },
  { id: "2.3", th: "หลักคุณภาพ", en: "quality" },
  { id: "3.1", th: "ปัญหาและโอกาสการพัฒนาชัดเจน", en: "clear problems and development opportunities" },
  { id: "3.2", th: "วัตถุประสงค์/เป้าหมายเชิงปริมาณและคุณภาพ", en: "quantitative and qualitative objectives and targets" },
  { id: "3.3", th: "ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์และเป้าหมาย", en: "strategies and approaches answer the objectives" },
  { id: "3.4", th: "แผนงาน/โครงการตอบแนวทางการพัฒนา", en: "plans and projects answer the approaches" },
  { id: "4.1", th: "ความจำเป็น", en: "necessity" },
  { id: "4.2", th: "ความเหมาะสมและเป็นไปได้", en: "appropriateness and feasibility" },
  { id: "4.3", th: "ความเชื่อมโยงกับโครงการอื่น", en: "linkage with other projects" },
  { id: "4.4", th: "ความคุ้มค่า", en: "value for money" },
  { id: "committee", th: "องค์ประกอบคณะกรรมการ", en: "committee composition" },
  { id: "hearing", th: "การรับฟังความคิดเห็น", en: "public hearings" },
  { id: "process", th: "ขั้นตอนการจัดทำและอนุมัติแผน", en: "plan-making and approval steps" },
  { id: "budget", th: "วงเงินงบประมาณ", en: "budget ceilings" },
  { id: "positioning", th: "วิสัยทัศน์ พันธกิจ และตำแหน่งทางยุทธศาสตร์", en: "vision, mission and positioning" },
  { id: "data", th: "ความครบถ้วนและถูกต้องของข้อมูล", en: "data completeness and validity" },
  { id: "kpi", th: "ตัวชี้วัดที่ 3.6", en: "KPI 3.6" },
] as const satisfies readonly ({ id: string } & Bilingual)[];

/** "1.1" … "4.4", or a rule family for rules outside the numbered criteria. */
export type Criterion = (typeof CRITERIA)[number]["id"];

export const CRITERION_NAMES: Readonly<Record<Criterion, Bilingual>> = Object.fromEntries(
  CRITERIA.map(({ id, th, en }) => [id, { th, en }]),
) as Record<Criterion, Bilingual>;

/** Catalogue order: 1.1 … 4.4, then the families. */
export const CRITERION_ORDER: readonly Criterion[] = CRITERIA.map((c) => c.id);

export function isCriterion(c: string): c is Criterion {
  return Object.hasOwn(CRITERION_NAMES, c);
}

export function isNumberedCriterion(c: string): boolean {
  return /^\d/.test(c);
}

/** The numbered criteria 1.1–4.4 with their names. */
export const NUMBERED_CRITERIA: readonly ({ id: Criterion } & Bilingual)[] = CRITERION_ORDER.filter(isNumberedCriterion).map((id) => ({
  id,
  ...CRITERION_NAMES[id],
}));
