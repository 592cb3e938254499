/**
 * Plan workbooks for the add-in tests: a province plan with N projects, with
 * the kinds of mistakes the screening rules report (a project with no
 * rationale, a committee missing a sector, a late KPI step), built from the
 * schema via test/helpers/grids.ts.
 */
import type { Grid } from "../../core";
import { workbookGrids, type RowInput } from "../helpers/grids";

const DISTRICTS = ["เมืองตราด", "คลองใหญ่", "เขาสมิง", "บ่อไร่", "แหลมงอบ", "เกาะช้าง", "เกาะกูด"];

function project(i: number): RowInput {
  const n = i + 1;
  const district = DISTRICTS[i % DISTRICTS.length];
  return {
    code: `P${String(n).padStart(4, "0")}`,
    name: `โครงการพัฒนาแหล่งท่องเที่ยวชุมชน อำเภอ${district} ระยะที่ ${n}`,
    kind: "ส่วนราชการ",
    budgetSource: "งบจังหวัด",
    issueNo: 1 + (i % 3),
    approachCode: `${1 + (i % 3)}.1`,
    missionGroup: "ด้านเศรษฐกิจ",
    // Every tenth project has no rationale: criterion 4.1 (necessity) reports it.
    rationale: i % 10 === 3 ? null : `ชุมชนในอำเภอ${district}มีรายได้จากการท่องเที่ยวต่ำ ขาดสิ่งอำนวยความสะดวกและการประชาสัมพันธ์`,
    needIds: `N${1 + (i % 5)}`,
    swotCodes: "W1, T2",
    objectives: "เพิ่มรายได้จากการท่องเที่ยวของชุมชนร้อยละ 10",
    targets: `นักท่องเที่ยวเพิ่มขึ้น ${1000 + n} คน`,
    indicators: "รายได้ของชุมชนเพิ่มขึ้นร้อยละ 10",
    activities: "ปรับปรุงเส้นทางท่องเที่ยว อบรมมัคคุเทศก์ท้องถิ่น",
    location: `อำเภอ${district} จังหวัดตราด`,
    startDate: "1 ต.ค. 51",
    endDate: "30 ก.ย. 52",
    multiYear: "ไม่ใช่",
    budget: 2_500_000 + (i % 7) * 125_000,
    agency: "สำนักงานการท่องเที่ยวและกีฬาจังหวัดตราด",
    beneficiaries: 500 + i,
    jobs: 12,
    income: 350_000,
    seModeration: "ใช่",
    seModerationReason: "ใช้งบประมาณพอเหมาะกับขนาดชุมชน",
    seReasonableness: "ใช่",
    seReasonablenessReason: "ตอบสนองความต้องการจากเวทีประชาคม",
    seImmunity: "ใช่",
    seImmunityReason: "ชุมชนดูแลต่อได้เอง",
    seKnowledge: "ใช่",
    seKnowledgeReason: "อบรมความรู้ด้านการท่องเที่ยว",
    seMorality: "ใช่",
    seMoralityReason: "บริหารโปร่งใส ชุมชนมีส่วนร่วม",
    readyLand: "พร้อม",
    readyDesign: i % 10 === 7 ? "ไม่พร้อม" : "พร้อม",
    readyPermits: "ไม่ต้องใช้",
    outputs: "เส้นทางท่องเที่ยว 1 เส้นทาง",
    outcomes: "รายได้ชุมชนเพิ่มขึ้น",
    proposerType: "ส่วนราชการ",
    proposer: "สำนักงานการท่องเที่ยวและกีฬาจังหวัดตราด",
    priority: n,
    decision: "อนุมัติ",
    securityPlan: i === 0 ? "ใช่" : "ไม่ใช่",
    pilot: i === 0 ? "ใช่" : "ไม่ใช่",
  };
}

export function planWorkbook(projectCount: number): Grid[] {
  return workbookGrids({
    info: {
      level: "จังหวัด",
      province: "ตราด",
      cluster: "กลุ่มจังหวัดภาคตะวันออก",
      fiscalYear: 2552,
      planFirstYear: 2553,
      planLastYear: 2556,
      planStatus: "ร่าง",
      provinceCeiling: 150_000_000,
      kpiAssessed: "ใช่",
      preparedBy: "สำนักงานจังหวัดตราด",
    },
    // No civil-society member: the committee rule reports the missing sector.
    committee: [
      { seq: 1, name: "นายสมชาย ใจดี", position: "ผู้ว่าราชการจังหวัดตราด", role: "ประธาน", sector: "ภาครัฐ", committee: "ก.บ.จ." },
      {
        seq: 2,
        name: "นายกิตติ ทองมา",
        position: "นายกองค์การบริหารส่วนจังหวัดตราด",
        role: "กรรมการ",
        sector: "ผู้บริหารท้องถิ่น",
        committee: "ก.บ.จ.",
      },
      {
        seq: 3,
        name: "นางสาวพรทิพย์ ค้าขาย",
        position: "ประธานหอการค้าจังหวัดตราด",
        role: "กรรมการ",
        sector: "ภาคธุรกิจเอกชน",
        committee: "ก.บ.จ.",
      },
      { seq: 4, name: "นายวิทยา วางแผน", position: "หัวหน้าสำนักงานจังหวัดตราด", role: "เลขานุการ", sector: "ภาครัฐ", committee: "ก.บ.จ." },
    ],
    hearings: [
      { id: "H1", date: "15 ก.ค. 51", place: "ศาลากลางจังหวัดตราด", agencyHeads: 30, localExecutives: 12, civilSociety: 0, business: 8 },
    ],
    needs: [1, 2, 3, 4, 5].map((n) => ({ id: `N${n}`, hearingId: "H1", text: `ความต้องการด้านการท่องเที่ยวข้อ ${n}`, status: "รับไว้ดำเนินการ" })),
    swot: [
      { code: "S1", type: "จุดแข็ง", text: "มีแหล่งท่องเที่ยวทางทะเลที่มีชื่อเสียง", evidence: "สถิติการท่องเที่ยว 2550" },
      { code: "W1", type: "จุดอ่อน", text: "ขาดการเชื่อมโยงเส้นทางท่องเที่ยว", evidence: "รายงานเวทีประชาคม" },
      { code: "T2", type: "ภัยคุกคาม", text: "ปัญหาชายแดนกระทบความเชื่อมั่น", evidence: null },
    ],
    objectives: [
      { code: "OB1", text: "เพิ่มรายได้จากการท่องเที่ยว", indicator: "รายได้", baseline: 100, target: 110, unit: "ล้านบาท", targetYear: 2556 },
    ],
    issues: [1, 2, 3].map((n) => ({
      no: n,
      name: `ประเด็นยุทธศาสตร์ที่ ${n}`,
      missionGroup: "ด้านเศรษฐกิจ",
      scope: "จังหวัด",
      tows: "SO",
      swotCodes: "S1",
      needIds: "N1",
      objectiveCodes: "OB1",
    })),
    approaches: [1, 2, 3].map((n) => ({ code: `${n}.1`, issueNo: n, text: `แนวทางการพัฒนาที่ ${n}.1`, objectiveCodes: "OB1" })),
    positioning: [{ type: "วิสัยทัศน์", code: "V1", text: "ตราดเมืองท่องเที่ยวชายแดนที่ยั่งยืน", issueNos: "1, 2, 3" }],
    projects: Array.from({ length: projectCount }, (_, i) => project(i)),
    kpi: [
      {
        kpiId: "3.6",
        step: "1.1",
        level: 1,
        description: "ส่งแผนงานด้านความมั่นคงให้ กอ.รมน.",
        dueDate: "15 ม.ค. 52",
        doneDate: "10 ม.ค. 52",
        evidence: "หนังสือที่ ตร 0017/123",
      },
      {
        kpiId: "3.6",
        step: "2.1",
        level: 2,
        description: "รายงานความก้าวหน้า 6 เดือน",
        dueDate: "7 เม.ย. 52",
        doneDate: "20 เม.ย. 52",
        evidence: "หนังสือที่ ตร 0017/456",
      },
    ],
    kpiMeetings: [{ kpiId: "3.6", meetingNo: 1, date: "20 พ.ย. 51", minutesRef: "รายงานการประชุมครั้งที่ 1/2552" }],
  });
}
