import { choice, col } from "./columns";
import type { SheetDef } from "./sheets";

/** One row per milestone step (as the KPI definition lists them). */
export const kpiSheet = {
  key: "kpi",
  name: "ตัวชี้วัด 3.6",
  nameEn: "KPI 3.6",
  layout: "table",
  help: "ผลการดำเนินงานตามขั้นตอนของตัวชี้วัดที่ 3.6 (ระดับขั้นของความสำเร็จ) วันที่ต้องเป็นวันที่จริง",
  templateRows: 12,
  optional: true,
  columns: [
    col("kpiId", "ตัวชี้วัด", "KPI", "code", { required: true, width: 10, criteria: ["kpi"] }),
    col("step", "ขั้นตอน", "Step", "code", { required: true, width: 10, criteria: ["kpi"] }),
    col("level", "ระดับ", "Level", "integer", { width: 8, criteria: ["kpi"] }),
    col("description", "รายละเอียดขั้นตอน", "Step", "text", { width: 55 }),
    col("dueDate", "กำหนดแล้วเสร็จ", "Due date", "date", { criteria: ["kpi"] }),
    col("doneDate", "วันที่ดำเนินการแล้วเสร็จ", "Date done", "date", { criteria: ["kpi"] }),
    col("evidence", "หลักฐาน/เอกสารอ้างอิง", "Evidence", "text", { width: 35, criteria: ["kpi"] }),
    col("percent", "ร้อยละความสำเร็จ", "Percent complete", "percent", { criteria: ["kpi"] }),
    choice("verdict", "ผลการประเมิน (สมช./กอ.รมน.)", "Assessor verdict", "verdict", { width: 18, criteria: ["kpi"] }),
    col("assessor", "ผู้ประเมิน", "Assessor", "text", { width: 20, criteria: ["kpi"] }),
  ],
} as const satisfies SheetDef;

/** The working group's follow-up meetings, counted per fiscal quarter. */
export const kpiMeetingsSheet = {
  key: "kpiMeetings",
  name: "การประชุมติดตาม",
  nameEn: "Follow-up meetings",
  layout: "table",
  help: "การประชุมคณะทำงานเพื่อติดตามแผนงานด้านความมั่นคง (อย่างน้อยไตรมาสละ 1 ครั้ง)",
  templateRows: 30,
  optional: true,
  columns: [
    col("kpiId", "ตัวชี้วัด", "KPI", "code", { required: true, width: 10, criteria: ["kpi"] }),
    col("meetingNo", "ครั้งที่", "Meeting no.", "integer", { width: 10 }),
    col("date", "วันที่ประชุม", "Date", "date", { required: true, criteria: ["kpi"] }),
    col("minutesRef", "รายงานการประชุม", "Minutes", "text", { width: 35, criteria: ["kpi"] }),
  ],
} as const satisfies SheetDef;
