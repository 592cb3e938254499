/** Names of criteria and severities as planners read them (DOMAIN.md §6), Thai and English. */
import type { Bilingual, Criterion, Severity } from "../../core";

export const CRITERION_LABELS: Record<Criterion, Bilingual> = {
  "1.1": { th: "1.1 สอดคล้องกับศักยภาพ โอกาส และความต้องการของประชาชน", en: "1.1 Fits potential, opportunities and people's needs" },
  "1.2": { th: "1.2 สนับสนุนนโยบายเร่งด่วน สร้างงานและรายได้", en: "1.2 Supports the urgent jobs-and-income policy" },
  "2.1": { th: "2.1 หลักปรัชญาของเศรษฐกิจพอเพียง", en: "2.1 Sufficiency-economy philosophy" },
  "2.2": { th: "2.2 หลักความสอดคล้องเชื่อมโยง", en: "2.2 Consistency and linkage" },
  "2.3": { th: "2.3 หลักคุณภาพ", en: "2.3 Quality" },
  "3.1": { th: "3.1 ปัญหาและโอกาสการพัฒนาชัดเจน", en: "3.1 Clear problems and opportunities" },
  "3.2": { th: "3.2 วัตถุประสงค์/เป้าหมายเชิงปริมาณและคุณภาพ", en: "3.2 Quantitative and qualitative objectives" },
  "3.3": { th: "3.3 ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์", en: "3.3 Strategies answer the objectives" },
  "3.4": { th: "3.4 แผนงาน/โครงการตอบแนวทางการพัฒนา", en: "3.4 Projects answer the approaches" },
  "4.1": { th: "4.1 ความจำเป็นของโครงการ", en: "4.1 Necessity" },
  "4.2": { th: "4.2 ความเหมาะสมและความเป็นไปได้", en: "4.2 Appropriateness and feasibility" },
  "4.3": { th: "4.3 ความเชื่อมโยงกับโครงการอื่น", en: "4.3 Linkage with other projects" },
  "4.4": { th: "4.4 ความคุ้มค่า", en: "4.4 Value for money" },
  committee: { th: "องค์ประกอบคณะกรรมการ", en: "Committee composition" },
  hearing: { th: "การรับฟังความคิดเห็น", en: "Public hearings" },
  process: { th: "ขั้นตอนการจัดทำและอนุมัติแผน", en: "Plan process and approval" },
  budget: { th: "งบประมาณและวงเงิน", en: "Budget and ceilings" },
  positioning: { th: "วิสัยทัศน์และตำแหน่งทางยุทธศาสตร์", en: "Vision and positioning" },
  data: { th: "ความครบถ้วนของข้อมูล", en: "Data completeness" },
  kpi: { th: "ตัวชี้วัดที่ 3.6", en: "KPI 3.6" },
};

export const CRITERION_ORDER = Object.keys(CRITERION_LABELS) as Criterion[];

export const SEVERITY_LABELS: Record<Severity, Bilingual> = {
  error: { th: "ต้องแก้ไข", en: "Must fix" },
  warning: { th: "ควรตรวจสอบ", en: "Should check" },
  info: { th: "ข้อสังเกต", en: "Note" },
};

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export function criterionLabel(c: string): Bilingual {
  return CRITERION_LABELS[c as Criterion] ?? { th: c, en: c };
}
