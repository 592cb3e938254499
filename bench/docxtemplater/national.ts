/**
 * The benchmark's national data set: 77 province workbooks × 300 projects,
 * made as grids in memory (the layout test/helpers/grids.ts builds) and
 * parsed by core. Both sides of the packet benchmark start from this.
 */
import { parseWorkbook, type PlanModel } from "../../core";
import { workbookGrids, type RowInput } from "../../test/helpers/grids";

export const PROVINCES = 77;
export const PROJECTS_PER_PROVINCE = 300;

const KINDS = ["ส่วนราชการ", "อปท.", "ความร่วมมือเอกชน", "กลุ่มจังหวัด"];
const SOURCES: Record<string, string> = { ส่วนราชการ: "งบจังหวัด", "อปท.": "งบ อปท.", ความร่วมมือเอกชน: "งบเอกชน", กลุ่มจังหวัด: "งบกลุ่มจังหวัด" };
const TOPICS = [
  "พัฒนาคุณภาพผลผลิตทางการเกษตร",
  "ก่อสร้างถนนเชื่อมแหล่งท่องเที่ยว",
  "ส่งเสริมการค้าชายแดน",
  "พัฒนาทักษะแรงงาน",
  "ป้องกันและแก้ไขปัญหายาเสพติด",
  "บริหารจัดการน้ำเพื่อการเกษตร",
];

/** A complete project row (every required column filled), so the check reports what a real workbook would. */
function projectRow(p: number, i: number): RowInput {
  const kind = KINDS[i % KINDS.length];
  const topic = TOPICS[i % TOPICS.length];
  return {
    code: `P${String(p + 1).padStart(2, "0")}-${String(i + 1).padStart(3, "0")}`,
    name: `โครงการ${topic} ตำบลที่ ${i + 1} จังหวัดที่ ${p + 1}`,
    kind,
    budgetSource: SOURCES[kind],
    issueNo: (i % 3) + 1,
    approachCode: `${(i % 3) + 1}.1`,
    missionGroup: "ด้านเศรษฐกิจ",
    rationale: `ปัญหาด้าน${topic}ในพื้นที่ตำบลที่ ${i + 1} ส่งผลให้รายได้ครัวเรือนลดลงร้อยละ ${(i % 20) + 5} ตามข้อมูล จปฐ. ปี 2551`,
    objectives: `เพื่อ${topic}และเพิ่มรายได้ของประชาชนในพื้นที่`,
    targets: `ประชาชน ${100 + (i % 400)} ครัวเรือน`,
    indicators: `รายได้ครัวเรือนเพิ่มขึ้นร้อยละ ${(i % 10) + 5}`,
    activities: "สำรวจข้อมูล ฝึกอบรม ติดตามประเมินผล",
    location: `อำเภอที่ ${(i % 9) + 1}`,
    startDate: "1 ต.ค. 51",
    endDate: "30 ก.ย. 52",
    budget: 500_000 + ((i * 7919 + p * 104729) % 9_500_000),
    agency: `สำนักงานส่วนราชการที่ ${(i % 12) + 1}`,
    beneficiaries: 100 + (i % 400),
    jobs: 5 + (i % 30),
    income: 50_000 + (i % 50) * 1_000,
    seModeration: "ใช่",
    seModerationReason: `ใช้งบประมาณและทรัพยากรในพื้นที่ตำบลที่ ${i + 1} อย่างพอประมาณ`,
    seReasonableness: "ใช่",
    seReasonablenessReason: `ตอบปัญหาที่ประชาชนเสนอในเวทีประชาคมของอำเภอที่ ${(i % 9) + 1}`,
    seImmunity: "ใช่",
    seImmunityReason: `มีแผนบำรุงรักษาและกองทุนหมุนเวียนของชุมชนที่ ${i + 1}`,
    seKnowledge: "ใช่",
    seKnowledgeReason: `ใช้ความรู้จากหน่วยงานวิชาการและปราชญ์ชาวบ้านของพื้นที่ที่ ${i + 1}`,
    seMorality: "ใช่",
    seMoralityReason: `เปิดเผยข้อมูลการใช้จ่ายงบประมาณต่อประชาคมตำบลที่ ${i + 1}`,
    readyLand: "พร้อม",
    readyDesign: "พร้อม",
    readyPermits: "ไม่ต้องใช้",
    outputs: `ประชาชน ${100 + (i % 400)} ครัวเรือนได้รับการพัฒนา`,
    outcomes: "รายได้ครัวเรือนเพิ่มขึ้น",
    proposerType: "ส่วนราชการ",
  };
}

export function nationalModels(provinces = PROVINCES, perProvince = PROJECTS_PER_PROVINCE): PlanModel[] {
  const models: PlanModel[] = [];
  for (let p = 0; p < provinces; p++) {
    const projects = Array.from({ length: perProvince }, (_, i) => projectRow(p, i));
    const grids = workbookGrids({
      info: {
        level: "จังหวัด",
        province: `จังหวัดทดสอบที่ ${p + 1}`,
        cluster: `กลุ่มที่ ${(p % 18) + 1}`,
        fiscalYear: 2552,
        planFirstYear: 2553,
        planLastYear: 2556,
        planStatus: "ร่าง",
      },
      projects,
    });
    models.push(parseWorkbook(grids));
  }
  return models;
}
