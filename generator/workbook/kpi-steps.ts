/**
 * The rows the template pre-fills on the KPI sheet: the nine steps of KPI 3.6
 * for FY2552 (DOMAIN.md §5), with the kind of check each step's formula makes.
 * Codes, levels and due dates are those of the core definition
 * (core/kpi/definitions); the template test checks they agree.
 */
export type TemplateStepKind = "dated" | "percent" | "quarterlyMeetings" | "verdict";

export interface TemplateStep {
  code: string;
  level: number;
  kind: TemplateStepKind;
  th: string;
  /** ISO date, on or before which the step is due. */
  due?: string;
  /** Also needs a security-plan project and an integrated pilot project. */
  requiresFlaggedProjects?: boolean;
}

export const KPI_ID = "3.6";
export const KPI_WEIGHT = 3;

export const KPI36_STEPS: readonly TemplateStep[] = [
  { code: "1.1", level: 1, kind: "dated", due: "2009-01-15", th: "จัดทำแผนงานด้านความมั่นคงของจังหวัด โดยใช้ยุทธศาสตร์การรักษาความมั่นคงชายแดน พ.ศ. 2550–2554" },
  {
    code: "1.2",
    level: 1,
    kind: "dated",
    due: "2009-01-15",
    requiresFlaggedProjects: true,
    th: "กำหนดแผนงาน/โครงการด้านความมั่นคงปี 2552 โดยระบุโครงการนำร่องแบบบูรณาการ (ทำเครื่องหมายในแผ่นงานโครงการ)",
  },
  { code: "1.3", level: 1, kind: "dated", due: "2009-01-15", th: "ส่งแผนงาน/โครงการด้านความมั่นคงให้ กอ.รมน. ภายใน 15 ม.ค. 52" },
  { code: "2.1", level: 2, kind: "dated", due: "2009-04-07", th: "ส่งรายงานความก้าวหน้ารอบ 6 เดือนของแผนงานปี 2552 ให้ กอ.รมน. ภายใน 7 เม.ย. 52" },
  { code: "2.2", level: 2, kind: "dated", th: "นำข้อสังเกตของ กอ.รมน. มาทบทวนและปรับปรุงมาตรการ" },
  { code: "3.1", level: 3, kind: "percent", due: "2009-09-30", th: "ดำเนินการตามแผนงานด้านความมั่นคงปี 2552 แล้วเสร็จร้อยละ 100" },
  { code: "3.2", level: 3, kind: "quarterlyMeetings", th: "คณะทำงานประชุมติดตามผลอย่างน้อยไตรมาสละ 1 ครั้ง (บันทึกในแผ่นงานการประชุมติดตาม)" },
  { code: "4.1", level: 4, kind: "dated", due: "2009-10-31", th: "ส่งรายงานสรุปผลการประเมินแผนงานและโครงการนำร่องให้ กอ.รมน. ภายใน 31 ต.ค. 52" },
  { code: "5.1", level: 5, kind: "verdict", th: "ผลการดำเนินงานครบถ้วน ทั่วถึง และมีคุณภาพตามที่ สมช. และ กอ.รมน. กำหนด (ผลการประเมินของผู้ประเมิน)" },
];

export const KPI36_LEVELS: readonly string[] = [
  "จัดทำและส่งแผนงาน/โครงการด้านความมั่นคง",
  "รายงานความก้าวหน้ารอบ 6 เดือน และปรับปรุงมาตรการ",
  "ดำเนินการครบร้อยละ 100 และประชุมติดตามทุกไตรมาส",
  "ส่งรายงานสรุปผลการประเมิน",
  "ผลการดำเนินงานมีคุณภาพตามที่ สมช./กอ.รมน. กำหนด",
];
