/**
 * The criteria findings are filed under: the numbered screening criteria of
 * DOMAIN.md §6 and the rule families outside them. One table for the CLI
 * report, the Word screening report and the task pane.
 */
import type { Bilingual, Criterion } from "./rules/types";

export const CRITERION_NAMES: Readonly<Record<Criterion, Bilingual>> = {
  "1.1": { th: "สอดคล้องกับศักยภาพ โอกาส และความต้องการของประชาชน", en: "fits the province's potential, opportunities and people's needs" },
  "1.2": { th: "สนับสนุนนโยบายเร่งด่วน สร้างงานและรายได้", en: "supports the urgent policy: jobs and income" },
  "2.1": { th: "หลักปรัชญาของเศรษฐกิจพอเพียง", en: "sufficiency-economy philosophy" },
  "2.2": { th: "หลักความสอดคล้องเชื่อมโยง", en: "consistency and linkage" },
  "2.3": { th: "หลักคุณภาพ", en: "quality" },
  "3.1": { th: "ปัญหาและโอกาสการพัฒนาชัดเจน", en: "clear problems and development opportunities" },
  "3.2": { th: "วัตถุประสงค์/เป้าหมายเชิงปริมาณและคุณภาพ", en: "quantitative and qualitative objectives and targets" },
  "3.3": { th: "ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์และเป้าหมาย", en: "strategies and approaches answer the objectives" },
  "3.4": { th: "แผนงาน/โครงการตอบแนวทางการพัฒนา", en: "plans and projects answer the approaches" },
  "4.1": { th: "ความจำเป็น", en: "necessity" },
  "4.2": { th: "ความเหมาะสมและเป็นไปได้", en: "appropriateness and feasibility" },
  "4.3": { th: "ความเชื่อมโยงกับโครงการอื่น", en: "linkage with other projects" },
  "4.4": { th: "ความคุ้มค่า", en: "value for money" },
  committee: { th: "องค์ประกอบคณะกรรมการ", en: "committee composition" },
  hearing: { th: "การรับฟังความคิดเห็น", en: "public hearings" },
  process: { th: "ขั้นตอนการจัดทำและอนุมัติแผน", en: "plan-making and approval steps" },
  budget: { th: "วงเงินงบประมาณ", en: "budget ceilings" },
  positioning: { th: "วิสัยทัศน์ พันธกิจ และตำแหน่งทางยุทธศาสตร์", en: "vision, mission and positioning" },
  data: { th: "ความครบถ้วนและถูกต้องของข้อมูล", en: "data completeness and validity" },
  kpi: { th: "ตัวชี้วัดที่ 3.6", en: "KPI 3.6" },
};

/** Catalogue order: 1.1 … 4.4, then the families. */
export const CRITERION_ORDER = Object.keys(CRITERION_NAMES) as Criterion[];

export function isNumberedCriterion(c: string): boolean {
  return /^\d/.test(c);
}

/** The numbered criteria 1.1–4.4 with their names. */
export const NUMBERED_CRITERIA: readonly ({ id: Criterion } & Bilingual)[] = CRITERION_ORDER.filter(isNumberedCriterion).map((id) => ({
  id,
  ...CRITERION_NAMES[id],
}));
