import { choice, col, yesNo, type ColumnDef } from "./columns";

/**
 * The workbook schema: every sheet, its Thai name, English key and columns.
 * The parser, the template writer, the add-in's scaffolder and the column
 * documentation all derive from these declarations.
 *
 * Where each sheet's cells sit (header rows, the info form's cells, the
 * cells behind defined names) is declared once, in ./layout.ts.
 */
export interface SheetDef<K extends string = string, C extends readonly ColumnDef[] = readonly ColumnDef[]> {
  key: K;
  /** Tab name in the template (Thai). */
  name: string;
  nameEn: string;
  layout: "table" | "form";
  columns: C;
  /** What the sheet is for, for the instructions sheet. */
  help: string;
  /** Data rows the template prepares (formats and dropdowns); bounded, never whole columns. */
  templateRows: number;
  /** A workbook without this sheet draws a warning rather than an error (only some provinces need it). */
  optional?: boolean;
}

/** Keeps the declaration's literal types (key, layout, column keys), from which the model's types derive. */
function sheet<const D extends SheetDef>(d: D): D {
  return d;
}

export const infoSheet = sheet({
  key: "info",
  name: "ข้อมูลทั่วไป",
  nameEn: "Plan information",
  layout: "form",
  help: "ข้อมูลของจังหวัดหรือกลุ่มจังหวัด ปีงบประมาณ ช่วงเวลาของแผน สถานะแผน และวงเงินงบประมาณ",
  templateRows: 0,
  columns: [
    choice("level", "ระดับของแผน", "Plan level", "planLevel", { required: true, help: "จังหวัด หรือ กลุ่มจังหวัด", criteria: ["data", "budget"] }),
    col("province", "จังหวัด", "Province", "text", {
      help: "ชื่อจังหวัดภาษาไทย (แผนระดับกลุ่มจังหวัดให้ระบุจังหวัดที่เป็นหัวหน้ากลุ่ม)",
      criteria: ["data", "kpi"],
    }),
    col("cluster", "กลุ่มจังหวัด", "Provincial cluster", "text", { help: "ชื่อกลุ่มจังหวัด เช่น กลุ่มจังหวัดภาคตะวันออก", criteria: ["data", "budget"] }),
    col("fiscalYear", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)", "year", {
      required: true,
      help: "ปีงบประมาณ พ.ศ. เช่น 2552",
      criteria: ["data", "4.2", "kpi"],
    }),
    col("planFirstYear", "แผนพัฒนา ปีเริ่มต้น (พ.ศ.)", "Plan period: first year (BE)", "year", { required: true, criteria: ["3.2"] }),
    col("planLastYear", "แผนพัฒนา ปีสิ้นสุด (พ.ศ.)", "Plan period: last year (BE)", "year", { required: true, criteria: ["3.2"] }),
    choice("planStatus", "สถานะแผน", "Plan status", "planStatus", { required: true, criteria: ["process"] }),
    col("provinceCeiling", "วงเงินงบจังหวัด (บาท)", "Provincial budget ceiling (baht)", "money", { criteria: ["budget"] }),
    col("clusterCeiling", "วงเงินงบกลุ่มจังหวัด (บาท)", "Cluster budget ceiling (baht)", "money", { criteria: ["budget"] }),
    yesNo("kpiAssessed", "ต้องประเมินตัวชี้วัดที่ 3.6", "Assessed for KPI 3.6", {
      help: "ใช่ สำหรับจังหวัดชายแดน ปัตตานี และจังหวัดชายฝั่งทะเล",
      criteria: ["kpi"],
    }),
    col("preparedBy", "หน่วยงานผู้จัดทำ", "Prepared by", "text", { criteria: ["data"] }),
    col("preparedDate", "วันที่จัดทำ", "Date prepared", "date", { criteria: ["data"] }),
  ],
});

export const committeeSheet = sheet({
  key: "committee",
  name: "คณะกรรมการ",
  nameEn: "Committee",
  layout: "table",
  help: "รายชื่อคณะกรรมการบริหารงานจังหวัด/กลุ่มจังหวัดแบบบูรณาการ บทบาท และองค์ประกอบ 4 ภาค",
  templateRows: 60,
  columns: [
    col("seq", "ลำดับ", "No.", "integer", { width: 8 }),
    col("name", "ชื่อ-สกุล", "Name", "text", { required: true, width: 30, criteria: ["committee"] }),
    col("position", "ตำแหน่ง", "Position", "text", { required: true, width: 40, criteria: ["committee"] }),
    choice("role", "บทบาทในคณะกรรมการ", "Role", "role", { required: true, criteria: ["committee"] }),
    choice("sector", "องค์ประกอบ (ภาค)", "Sector", "sector", { required: true, criteria: ["committee"] }),
    choice("committee", "คณะกรรมการ", "Committee", "committee", { required: true, criteria: ["committee"] }),
  ],
});

export const hearingsSheet = sheet({
  key: "hearings",
  name: "เวทีรับฟังความคิดเห็น",
  nameEn: "Public hearings",
  layout: "table",
  help: "การประชุมปรึกษาหารือและรับฟังความคิดเห็นตาม ม.18 และผู้เข้าร่วมแต่ละกลุ่ม (ม.53/1)",
  templateRows: 40,
  columns: [
    col("id", "รหัสเวที", "Hearing id", "code", { required: true, criteria: ["hearing", "1.1"] }),
    col("date", "วันที่จัด", "Date", "date", { required: true, criteria: ["hearing", "process"] }),
    col("place", "สถานที่", "Place", "text", { width: 30 }),
    col("agencyHeads", "หัวหน้าส่วนราชการ (คน)", "Agency heads (people)", "integer", { criteria: ["hearing"] }),
    col("localExecutives", "ผู้บริหาร อปท. (คน)", "Local-government executives (people)", "integer", { criteria: ["hearing"] }),
    col("civilSociety", "ภาคประชาสังคม (คน)", "Civil society (people)", "integer", { criteria: ["hearing"] }),
    col("business", "ภาคธุรกิจเอกชน (คน)", "Business (people)", "integer", { criteria: ["hearing"] }),
    col("minutesRef", "รายงานการประชุม", "Minutes reference", "text", { width: 30 }),
  ],
});

export const needsSheet = sheet({
  key: "needs",
  name: "ความต้องการ",
  nameEn: "Needs raised",
  layout: "table",
  help: "ปัญหาและความต้องการของประชาชนที่ได้จากเวทีรับฟังความคิดเห็น แต่ละข้อมีรหัส",
  templateRows: 200,
  columns: [
    col("id", "รหัสความต้องการ", "Need id", "code", { required: true, criteria: ["1.1"] }),
    col("hearingId", "รหัสเวที", "Hearing id", "code", { required: true, criteria: ["1.1"] }),
    col("text", "ปัญหา/ความต้องการ", "Need raised", "text", { required: true, width: 50, criteria: ["1.1"] }),
    col("district", "อำเภอ", "District", "text", { width: 18 }),
    choice("status", "การรับไว้พิจารณา", "Taken up", "needStatus", { criteria: ["1.1"] }),
    col("reason", "เหตุผลกรณีไม่รับ", "Reason if not taken up", "text", { width: 40, criteria: ["1.1"] }),
  ],
});

export const approvalsSheet = sheet({
  key: "approvals",
  name: "ขั้นตอนการอนุมัติ",
  nameEn: "Approval steps",
  layout: "table",
  help: "วันที่ของแต่ละขั้นตอน ตั้งแต่รับฟังความคิดเห็นจนถึง สงป. จัดสรรงบประมาณ",
  templateRows: 12,
  columns: [
    choice("step", "ขั้นตอน", "Step", "approvalStep", { required: true, width: 30, criteria: ["process"] }),
    col("date", "วันที่", "Date", "date", { criteria: ["process", "hearing"] }),
    choice("status", "สถานะ", "Status", "stepStatus", { criteria: ["process"] }),
    col("reference", "เอกสารอ้างอิง/มติ", "Reference", "text", { width: 40 }),
  ],
});

export const swotSheet = sheet({
  key: "swot",
  name: "SWOT",
  nameEn: "SWOT",
  layout: "table",
  help: "จุดแข็ง จุดอ่อน โอกาส ภัยคุกคาม แต่ละข้อมีรหัส (S1, W1, O1, T1) จุดอ่อนและภัยคุกคามต้องมีหลักฐาน",
  templateRows: 60,
  columns: [
    col("code", "รหัส", "Code", "code", { required: true, criteria: ["3.1", "1.1"] }),
    choice("type", "ประเภท", "Type", "swotType", { required: true, criteria: ["3.1"] }),
    col("text", "ประเด็น", "Statement", "text", { required: true, width: 50, criteria: ["3.1"] }),
    col("evidence", "ข้อมูลสนับสนุน/แหล่งที่มา", "Evidence or source", "text", { width: 40, criteria: ["3.1"] }),
  ],
});

export const objectivesSheet = sheet({
  key: "objectives",
  name: "วัตถุประสงค์",
  nameEn: "Objectives",
  layout: "table",
  help: "วัตถุประสงค์ของแผน ตัวชี้วัดเชิงปริมาณ (ค่าฐาน ค่าเป้าหมาย หน่วย ปี) และเป้าหมายเชิงคุณภาพ",
  templateRows: 30,
  columns: [
    col("code", "รหัสวัตถุประสงค์", "Objective code", "code", { required: true, criteria: ["3.2", "2.2"] }),
    col("text", "วัตถุประสงค์", "Objective", "text", { required: true, width: 45, criteria: ["3.2"] }),
    col("indicator", "ตัวชี้วัด", "Indicator", "text", { width: 35, criteria: ["3.2"] }),
    col("baseline", "ค่าฐาน", "Baseline", "number", { criteria: ["3.2"] }),
    col("target", "ค่าเป้าหมาย", "Target", "number", { criteria: ["3.2"] }),
    col("unit", "หน่วยนับ", "Unit", "text", { width: 14, criteria: ["3.2"] }),
    col("targetYear", "ปีเป้าหมาย (พ.ศ.)", "Target year (BE)", "year", { criteria: ["3.2"] }),
    col("qualitativeTarget", "เป้าหมายเชิงคุณภาพ", "Qualitative target", "text", { width: 40, criteria: ["3.2"] }),
  ],
});

export const issuesSheet = sheet({
  key: "issues",
  name: "ประเด็นยุทธศาสตร์",
  nameEn: "Strategic issues",
  layout: "table",
  help: "ประเด็นยุทธศาสตร์ กลุ่มภารกิจ คู่ TOWS และ SWOT/ความต้องการ/วัตถุประสงค์ที่รองรับ (รหัสคั่นด้วยจุลภาค)",
  templateRows: 20,
  columns: [
    col("no", "ประเด็นที่", "Issue no.", "integer", { required: true, width: 10, criteria: ["2.2"] }),
    col("name", "ประเด็นยุทธศาสตร์", "Strategic issue", "text", { required: true, width: 45, criteria: ["1.1"] }),
    choice("missionGroup", "กลุ่มภารกิจ", "Mission group", "missionGroup", { required: true, criteria: ["2.2"] }),
    choice("scope", "ระดับ", "Scope", "scope", { required: true, width: 14, criteria: ["2.2"] }),
    choice("tows", "คู่ TOWS", "TOWS pairing", "tows", { required: true, width: 10, criteria: ["1.1"] }),
    col("swotCodes", "รหัส SWOT ที่รองรับ", "SWOT items", "list", { criteria: ["1.1"] }),
    col("needIds", "รหัสความต้องการที่ตอบสนอง", "Needs answered", "list", { width: 22, criteria: ["1.1"] }),
    col("objectiveCodes", "รหัสวัตถุประสงค์", "Objectives served", "list", { criteria: ["2.2", "3.3"] }),
  ],
});

export const approachesSheet = sheet({
  key: "approaches",
  name: "แนวทางการพัฒนา",
  nameEn: "Development approaches",
  layout: "table",
  help: "แนวทางการพัฒนาภายใต้แต่ละประเด็นยุทธศาสตร์ (รหัส เช่น 1.1) และวัตถุประสงค์ที่ตอบสนอง",
  templateRows: 60,
  columns: [
    col("code", "รหัสแนวทาง", "Approach code", "code", { required: true, criteria: ["2.2", "3.3", "3.4"] }),
    col("issueNo", "ประเด็นที่", "Issue no.", "integer", { required: true, width: 10, criteria: ["2.2"] }),
    col("text", "แนวทางการพัฒนา", "Approach", "text", { required: true, width: 50, criteria: ["3.3"] }),
    col("objectiveCodes", "รหัสวัตถุประสงค์", "Objectives served", "list", { criteria: ["3.3"] }),
  ],
});

export const positioningSheet = sheet({
  key: "positioning",
  name: "วิสัยทัศน์และตำแหน่ง",
  nameEn: "Vision and positioning",
  layout: "table",
  help: "วิสัยทัศน์ พันธกิจ และตำแหน่งทางยุทธศาสตร์ (Positioning) พร้อมประเด็นยุทธศาสตร์ที่เชื่อมโยง",
  templateRows: 20,
  columns: [
    choice("type", "ประเภท", "Type", "positioningType", { required: true, criteria: ["positioning"] }),
    col("code", "รหัส", "Code", "code", { required: true, criteria: ["positioning"] }),
    col("text", "ข้อความ", "Statement", "text", { required: true, width: 60, criteria: ["positioning"] }),
    col("issueNos", "ประเด็นยุทธศาสตร์ที่เชื่อมโยง", "Linked issues", "list", { width: 22, criteria: ["positioning"] }),
  ],
});
