/** Miniature KPI 3.6 workbooks: a province that did everything on time, and ways to spoil it. */
import { parseThaiDate, parseWorkbook, serialFromIso, type PlanModel } from "../../../core";
import { workbookGrids, type RowInput, type WorkbookInput } from "../../helpers/grids";

export const INFO = { level: "จังหวัด", province: "ตราด", fiscalYear: 2552, planFirstYear: 2553, planLastYear: 2556, planStatus: "ร่าง" };

/** One row per step of KPI 3.6 (3.2 is counted from the meetings sheet), all done on time with evidence. */
export function stepRows(): RowInput[] {
  return [
    { kpiId: "3.6", step: "1.1", level: 1, doneDate: "10 ม.ค. 52", evidence: "แผนงานด้านความมั่นคงจังหวัดตราด" },
    { kpiId: "3.6", step: "1.2", level: 1, doneDate: "12 ม.ค. 52", evidence: "บัญชีโครงการนำร่องบูรณาการ" },
    { kpiId: "3.6", step: "1.3", level: 1, doneDate: "14/01/2552", evidence: "หนังสือ ตร 0017/123" },
    { kpiId: "3.6", step: "2.1", level: 2, doneDate: "1 เม.ย. 52", evidence: "รายงานรอบ 6 เดือน" },
    { kpiId: "3.6", step: "2.2", level: 2, doneDate: "15 พ.ค. 52", evidence: "รายงานการทบทวนมาตรการ" },
    { kpiId: "3.6", step: "3.1", level: 3, doneDate: "25 ก.ย. 52", evidence: "รายงานผลการดำเนินงาน", percent: 100 },
    { kpiId: "3.6", step: "4.1", level: 4, doneDate: "20 ต.ค. 52", evidence: "รายงานสรุปประเมินผล" },
    { kpiId: "3.6", step: "5.1", level: 5, doneDate: "15 ธ.ค. 52", verdict: "ผ่าน", assessor: "กอ.รมน. ภาค 1" },
  ];
}

export function meetingRows(dates = ["15 พ.ย. 51", "20 ก.พ. 52", "18 พ.ค. 52", "14 ส.ค. 52"]): RowInput[] {
  return dates.map((date, i) => ({ kpiId: "3.6", meetingNo: i + 1, date, minutesRef: `รายงานการประชุมครั้งที่ ${i + 1}` }));
}

export const FLAGGED_PROJECTS: RowInput[] = [
  { code: "P01", name: "โครงการเสริมสร้างความมั่นคงชายแดน", securityPlan: "ใช่", pilot: "ใช่" },
  { code: "P02", name: "โครงการพัฒนาการท่องเที่ยว", securityPlan: "ไม่ใช่", pilot: "ไม่ใช่" },
];

export interface Spoil {
  info?: RowInput;
  /** Change or remove (null) the row of a step. */
  steps?: Record<string, RowInput | null>;
  meetings?: RowInput[];
  projects?: RowInput[];
}

/** The all-done workbook with some parts changed. */
export function kpiWorkbook(spoil: Spoil = {}): WorkbookInput {
  const kpi = stepRows()
    .filter((r) => spoil.steps?.[String(r.step)] !== null)
    .map((r) => ({ ...r, ...(spoil.steps?.[String(r.step)] ?? {}) }));
  return {
    info: { ...INFO, ...spoil.info },
    kpi,
    kpiMeetings: spoil.meetings ?? meetingRows(),
    projects: spoil.projects ?? FLAGGED_PROJECTS,
  };
}

export function kpiModel(spoil: Spoil = {}): PlanModel {
  return parseWorkbook(workbookGrids(kpiWorkbook(spoil)));
}

/** Removes every step row of the levels above `level`, so exactly `level` is reached. */
export function doneThrough(level: number): Spoil {
  const steps: Record<string, null> = {};
  for (const r of stepRows()) if (Number(r.level) > level) steps[String(r.step)] = null;
  return { steps, meetings: level >= 3 ? meetingRows() : [] };
}

/** The KPI sheets' names, as the kpi rules' findings give them. */
export const KPI = "ตัวชี้วัด 3.6";
export const MEETINGS = "การประชุมติดตาม";
/** A province the KPI does not assess, and a cluster workbook. */
export const inland = { info: { province: "ขอนแก่น" } };
export const cluster = { info: { level: "กลุ่มจังหวัด", province: "ตราด", cluster: "กลุ่มจังหวัดภาคตะวันออก" } };
/** Index of a step's row in the fixture's kpi sheet. */
export const row = (code: string) => ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1"].indexOf(code);

/** The all-done workbook with every date typed as an Excel date (a serial), as the template's date cells take them. */
export function typedAsDates(): Spoil {
  const serial = (text: unknown) => serialFromIso(parseThaiDate(String(text))!);
  return {
    steps: Object.fromEntries(stepRows().map((r) => [String(r.step), { doneDate: serial(r.doneDate) }])),
    meetings: meetingRows().map((m) => ({ ...m, date: serial(m.date) })),
  };
}
