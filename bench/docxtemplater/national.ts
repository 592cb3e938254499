/**
 * The benchmark's national data set: 77 province workbooks × 300 projects,
 * filled in by the workbook builder (as `phaen new` and a planner would),
 * read as grids in memory and parsed by core. Both sides of the packet benchmark start from this.
 *
 * Each workbook is complete, as one that reaches a national committee is:
 * the plan sheets (committee, hearings and needs, approval steps, SWOT,
 * issues and approaches, positioning, KPI) are the ตราด sample's, with the
 * province's own name, and every project cites an issue, an approach, a need
 * and a SWOT item the plan has, with its own reasons and its own location.
 * A workbook without its plan sheets would give every project four errors
 * and measure a packet no committee receives.
 */
import { parseWorkbook, REFERENCE, type PlanModel } from "../../core";
import { gridsFromWorkbook } from "../../generator/reader";
import { buildWorkbook, fillWorkbook, type InputRow } from "../../generator/workbook";
import { SAMPLES } from "../../templates/scripts/samples";

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

/**
 * The ตราด sample's issues the projects cite, with their mission group and a
 * need and weakness each answers; a cluster project cites the cluster's issue.
 */
const CITED: Record<number, InputRow> = {
  1: { missionGroup: "ด้านเศรษฐกิจ", needIds: ["N06"], swotCodes: ["W3"] },
  2: { missionGroup: "ด้านเศรษฐกิจ", needIds: ["N02"], swotCodes: ["W1"] },
  3: { missionGroup: "ด้านความมั่นคง", needIds: ["N03"], swotCodes: ["T1"] },
  6: { missionGroup: "ด้านเศรษฐกิจ", needIds: ["N02"], swotCodes: ["W1"] },
};

/**
 * A complete project row (every required column filled), so the check
 * reports what a real workbook would: one project in 20 answers no need or
 * weakness (criterion 4.1), as a screening finds in a few projects of a
 * real plan.
 */
function projectRow(p: number, i: number): InputRow {
  const kind = KINDS[i % KINDS.length];
  const topic = TOPICS[i % TOPICS.length];
  const issueNo = kind === "กลุ่มจังหวัด" ? 6 : (i % 3) + 1;
  const answersNothing = i % 20 === 7;
  return {
    code: `P${String(p + 1).padStart(2, "0")}-${String(i + 1).padStart(3, "0")}`,
    name: `โครงการ${topic} ตำบลที่ ${i + 1} จังหวัดที่ ${p + 1}`,
    kind,
    budgetSource: SOURCES[kind],
    issueNo,
    approachCode: `${issueNo}.1`,
    ...CITED[issueNo],
    ...(answersNothing ? { needIds: [], swotCodes: [] } : {}),
    priority: i + 1,
    rationale: `ปัญหาด้าน${topic}ในพื้นที่ตำบลที่ ${i + 1} ส่งผลให้รายได้ครัวเรือนลดลงร้อยละ ${(i % 20) + 5} ตามข้อมูล จปฐ. ปี 2551`,
    objectives: `เพื่อ${topic}และเพิ่มรายได้ของประชาชนในพื้นที่`,
    targets: `ประชาชน ${100 + (i % 400)} ครัวเรือน`,
    indicators: `รายได้ครัวเรือนเพิ่มขึ้นร้อยละ ${(i % 10) + 5}`,
    activities: "สำรวจข้อมูล ฝึกอบรม ติดตามประเมินผล",
    location: `ตำบลที่ ${i + 1} อำเภอที่ ${(i % 9) + 1}`,
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
    seReasonablenessReason: `ตอบปัญหาที่ประชาชนตำบลที่ ${i + 1} เสนอในเวทีประชาคมของอำเภอที่ ${(i % 9) + 1}`,
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
  const { projects: _sampleProjects, ...plan } = SAMPLES.find((s) => s.file.startsWith("trat"))!.data;
  const names = REFERENCE.provinces.filter((p) => !p.specialAdministration);
  const models: PlanModel[] = [];
  for (let p = 0; p < provinces; p++) {
    const province = names[p % names.length].th;
    const projects = Array.from({ length: perProvince }, (_, i) => projectRow(p, i));
    const workbook = fillWorkbook(buildWorkbook(), {
      ...plan,
      info: { ...plan.info, province, cluster: REFERENCE.clusterOf(province, 2552)?.th ?? null },
      projects,
    });
    const grids = gridsFromWorkbook(workbook);
    models.push(parseWorkbook(grids));
  }
  return models;
}
