import { choice, col, yesNo } from "./columns";
import type { SheetDef } from "./sheets";

const SE = ["2.1"] as const;

/** The five parts of the sufficiency-economy philosophy, each a yes/no with a reason. */
export const SUFFICIENCY_PARTS = [
  { key: "seModeration", reasonKey: "seModerationReason", th: "ความพอประมาณ", en: "Moderation" },
  { key: "seReasonableness", reasonKey: "seReasonablenessReason", th: "ความมีเหตุผล", en: "Reasonableness" },
  { key: "seImmunity", reasonKey: "seImmunityReason", th: "การมีภูมิคุ้มกันที่ดี", en: "Self-immunity" },
  { key: "seKnowledge", reasonKey: "seKnowledgeReason", th: "เงื่อนไขความรู้", en: "Knowledge condition" },
  { key: "seMorality", reasonKey: "seMoralityReason", th: "เงื่อนไขคุณธรรม", en: "Morality condition" },
] as const;

export const READINESS_PARTS = [
  { key: "readyLand", th: "ที่ดิน", en: "Land" },
  { key: "readyDesign", th: "แบบรูปรายการ", en: "Design" },
  { key: "readyPermits", th: "การขออนุญาต", en: "Permits" },
] as const;

const AL = { feature: "alignment", criteria: ["alignment"] } as const;

/** National alignment (มติ ครม. 4 ธ.ค. 2560) and the ceiling split: in workbooks whose pack enables "alignment". */
const ALIGNMENT_COLUMNS = [
  col("nationalStrategy", "ยุทธศาสตร์ชาติ (ด้าน)", "National strategy (pillar)", "text", {
    ...AL,
    width: 34,
    help: "ด้านของยุทธศาสตร์ชาติที่โครงการสนับสนุน เลือกจากรายการ เช่น 2 ด้านการสร้างความสามารถในการแข่งขัน",
  }),
  col("masterPlan", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ (ประเด็น)", "Master plan (issue)", "text", {
    ...AL,
    width: 34,
    help: "ประเด็นแผนแม่บท 01–23 เลือกจากรายการ เช่น 05 การท่องเที่ยว",
  }),
  col("subPlan", "แผนย่อยของแผนแม่บท (รหัส)", "Sub-plan (code)", "text", {
    ...AL,
    width: 18,
    help: "รหัสแผนย่อย 4 หลัก: 2 หลักแรกคือประเด็นแผนแม่บท เช่น 0902",
  }),
  col("milestone", "หมุดหมาย (แผนพัฒนาฯ ฉบับที่ 13)", "Milestone (13th Plan)", "text", {
    ...AL,
    width: 34,
    help: "หมุดหมายที่ 1–13 ของแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13",
  }),
  col("sdgs", "เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)", "SDGs", "list", { ...AL, width: 18, help: "เช่น SDG8, SDG12 (คั่นด้วยจุลภาค)" }),
  col("goal20No", "เป้าหมายการพัฒนาจังหวัด 20 ปี ข้อที่", "20-year goal no.", "integer", {
    ...AL,
    width: 14,
    help: "ข้อของเป้าหมายการพัฒนาจังหวัด 20 ปี (แผ่นงานเป้าหมาย 20 ปี) ที่โครงการตอบ",
  }),
  yesNo("forInformation", "โครงการส่วนราชการเพื่อทราบ (รับทราบ)", "Agency project for information", {
    feature: "alignment",
    criteria: ["budget"],
    help: "ใช่ สำหรับโครงการของส่วนราชการที่สอดคล้องกับแผนและเสนอเพื่อทราบ: นับแยก ไม่นับในกรอบวงเงิน",
  }),
] as const;

export const projectsSheet = {
  key: "projects",
  name: "โครงการ",
  nameEn: "Projects",
  layout: "table",
  help: "โครงการของแผนปฏิบัติราชการประจำปี หนึ่งแถวต่อหนึ่งโครงการ",
  templateRows: 500,
  columns: [
    col("code", "รหัสโครงการ", "Project code", "code", { required: true, criteria: ["data", "4.3"] }),
    col("name", "ชื่อโครงการ", "Project name", "text", { required: true, width: 45, criteria: ["4.3"] }),
    choice("kind", "ประเภทโครงการ", "Project kind", "projectKind", { required: true, criteria: ["budget", "2.2"] }),
    choice("budgetSource", "แหล่งงบประมาณ", "Budget source", "budgetSource", { required: true, criteria: ["budget"] }),
    col("issueNo", "ประเด็นยุทธศาสตร์ที่", "Strategic issue no.", "integer", { required: true, width: 12, criteria: ["2.2"] }),
    col("approachCode", "รหัสแนวทางการพัฒนา", "Approach code", "code", { required: true, width: 14, criteria: ["2.2", "3.4"] }),
    choice("missionGroup", "กลุ่มภารกิจ", "Mission group", "missionGroup", { required: true, criteria: ["2.2", "4.4"] }),
    col("rationale", "หลักการและเหตุผล", "Rationale", "text", { required: true, width: 60, criteria: ["4.1"] }),
    col("needIds", "รหัสความต้องการที่ตอบสนอง", "Needs answered", "list", { width: 20, criteria: ["4.1", "1.1"] }),
    col("swotCodes", "รหัสจุดอ่อน/ภัยคุกคามที่แก้ไข", "Weaknesses/threats addressed", "list", { width: 20, criteria: ["4.1"] }),
    col("objectives", "วัตถุประสงค์โครงการ", "Project objectives", "text", { required: true, width: 45, criteria: ["4.1"] }),
    col("targets", "เป้าหมายเชิงปริมาณ", "Quantitative targets", "text", { required: true, width: 35, criteria: ["4.2"] }),
    col("indicators", "ตัวชี้วัดโครงการ", "Project indicators", "text", { required: true, width: 35, criteria: ["4.2"] }),
    col("activities", "กิจกรรมหลัก", "Main activities", "text", { width: 45, criteria: ["4.2"] }),
    col("location", "สถานที่ดำเนินการ", "Location", "text", { required: true, width: 28, criteria: ["4.2", "4.3"] }),
    col("startDate", "วันเริ่มต้น", "Start date", "date", { required: true, criteria: ["4.2"] }),
    col("endDate", "วันสิ้นสุด", "End date", "date", { required: true, criteria: ["4.2"] }),
    yesNo("multiYear", "โครงการต่อเนื่องหลายปี", "Multi-year project", { criteria: ["4.2"] }),
    col("budget", "งบประมาณ (บาท)", "Budget (baht)", "money", { required: true, criteria: ["4.2", "4.4", "budget"] }),
    col("agency", "หน่วยงานรับผิดชอบ", "Responsible agency", "text", { required: true, width: 30, criteria: ["4.2", "4.3"] }),
    col("linkedCodes", "โครงการที่เชื่อมโยง", "Linked project codes", "list", { width: 20, criteria: ["4.3"] }),
    col("beneficiaries", "ผู้รับประโยชน์ (คน)", "Beneficiaries (people)", "integer", { width: 14, criteria: ["4.4"] }),
    col("jobs", "การจ้างงาน (คน)", "Jobs created (people)", "integer", { width: 14, criteria: ["1.2"] }),
    col("income", "รายได้ที่เพิ่มขึ้น (บาท/ปี)", "Added income (baht/year)", "money", { criteria: ["1.2"] }),
    col("noJobsReason", "เหตุผลกรณีไม่สร้างงาน/รายได้", "Why no jobs or income", "text", { width: 35, criteria: ["1.2"] }),
    ...SUFFICIENCY_PARTS.flatMap((p) => [
      yesNo(p.key, p.th, p.en, { required: true, criteria: SE }),
      col(p.reasonKey, `เหตุผล: ${p.th}`, `Reason: ${p.en}`, "text", { required: true, width: 35, criteria: SE }),
    ]),
    ...READINESS_PARTS.map((p) =>
      choice(p.key, `ความพร้อมด้าน${p.th}`, `Readiness: ${p.en}`, "readiness", { required: true, width: 16, criteria: ["4.2"] }),
    ),
    col("outputs", "ผลผลิต", "Outputs", "text", { required: true, width: 35, criteria: ["4.4"] }),
    col("outcomes", "ผลลัพธ์", "Outcomes", "text", { required: true, width: 35, criteria: ["4.4"] }),
    choice("proposerType", "ผู้เสนอโครงการ", "Proposed by", "proposerType", { required: true, criteria: ["process"] }),
    col("proposer", "ชื่อผู้เสนอ", "Proposer name", "text", { width: 28 }),
    col("priority", "ลำดับความสำคัญ", "Priority", "integer", { width: 10, criteria: ["budget"] }),
    choice("decision", "มติคณะกรรมการ", "Committee decision", "decision", { width: 14, criteria: ["budget"] }),
    yesNo("securityPlan", "แผนงานด้านความมั่นคง", "Security plan project", { criteria: ["kpi"] }),
    yesNo("pilot", "โครงการนำร่องบูรณาการ", "Integrated pilot project", { criteria: ["kpi"] }),
    // The 2565 decree's columns come last, so every column above keeps its letter in every workbook.
    ...ALIGNMENT_COLUMNS,
  ],
} as const satisfies SheetDef;
