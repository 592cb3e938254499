/** Short names of the screening criteria (DOMAIN.md §6) and rule families, for report headings. */
import type { Criterion } from "../../../core";
import type { Lang } from "./lang";

const NAMES: Record<Criterion, [string, string]> = {
  "1.1": ["สอดคล้องกับศักยภาพ โอกาส และความต้องการของประชาชน", "fits the province's potential, opportunities and people's needs"],
  "1.2": ["สนับสนุนนโยบายเร่งด่วน สร้างงานและรายได้", "supports the urgent policy: jobs and income"],
  "2.1": ["หลักปรัชญาของเศรษฐกิจพอเพียง", "sufficiency-economy philosophy"],
  "2.2": ["หลักความสอดคล้องเชื่อมโยง", "consistency and linkage"],
  "2.3": ["หลักคุณภาพ", "quality"],
  "3.1": ["ปัญหาและโอกาสการพัฒนาชัดเจน", "clear problems and development opportunities"],
  "3.2": ["วัตถุประสงค์/เป้าหมายเชิงปริมาณและคุณภาพ", "quantitative and qualitative objectives and targets"],
  "3.3": ["ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์", "strategies and approaches answer the objectives"],
  "3.4": ["แผนงาน/โครงการตอบแนวทางการพัฒนา", "plans and projects answer the approaches"],
  "4.1": ["ความจำเป็น", "necessity"],
  "4.2": ["ความเหมาะสมและเป็นไปได้", "appropriateness and feasibility"],
  "4.3": ["ความเชื่อมโยงกับโครงการอื่น", "linkage with other projects"],
  "4.4": ["ความคุ้มค่า", "value for money"],
  committee: ["คณะกรรมการ", "committee"],
  hearing: ["การรับฟังความคิดเห็น", "public hearings"],
  process: ["ขั้นตอนการจัดทำและอนุมัติแผน", "plan-making and approval steps"],
  budget: ["วงเงินงบประมาณ", "budget ceilings"],
  positioning: ["วิสัยทัศน์ พันธกิจ และตำแหน่งทางยุทธศาสตร์", "vision, mission and positioning"],
  data: ["ความครบถ้วนและถูกต้องของข้อมูล", "data completeness and validity"],
  kpi: ["ตัวชี้วัด", "KPI"],
};

export function criterionHeading(lang: Lang, c: Criterion | string): string {
  const n = NAMES[c as Criterion];
  const numbered = /^\d/.test(c);
  const label = lang === "en" ? (numbered ? `Criterion ${c}` : c) : numbered ? `เกณฑ์ ${c}` : (n?.[0] ?? c);
  if (!n) return label;
  if (!numbered) return lang === "en" ? n[1] : n[0];
  return `${label} ${lang === "en" ? n[1] : n[0]}`;
}
