/**
 * Sample projects from compact specifications: the facts a planner decides
 * (name, kind, issue, budget, who benefits) are written out per project; the
 * self-assessment and readiness wording follows from those facts, so every
 * reason names its own project and none is copied from another.
 */
import { formatBaht } from "../../../core";
import type { InputRow } from "../../../generator/workbook";

export interface ProjectSpec {
  code: string;
  name: string;
  kind: "ส่วนราชการ" | "อปท." | "ความร่วมมือเอกชน" | "กลุ่มจังหวัด";
  issue: number;
  approach: string;
  group: "ด้านเศรษฐกิจ" | "ด้านสังคม" | "ด้านความมั่นคง" | "ด้านการบริหารจัดการ";
  /** The problem, with its figure and source (criterion 4.1). */
  why: string;
  objective: string;
  target: string;
  indicator: string;
  activities: string;
  location: string;
  agency: string;
  budget: number;
  beneficiaries: number;
  jobs?: number;
  income?: number;
  noJobsReason?: string;
  needs?: string[];
  swot?: string[];
  linked?: string[];
  output: string;
  outcome: string;
  /** Construction: land, design and permits must be ready. */
  build?: boolean;
  start?: string;
  end?: string;
  proposerType?: "ส่วนราชการ" | "อปท." | "ก.บ.อ." | "ภาคเอกชน";
  proposer?: string;
  priority: number;
  decision?: "อนุมัติ" | "ชะลอ" | "ไม่อนุมัติ";
  security?: boolean;
  pilot?: boolean;
}

const SOURCE: Record<ProjectSpec["kind"], string> = {
  ส่วนราชการ: "งบจังหวัด",
  "อปท.": "งบจังหวัด",
  ความร่วมมือเอกชน: "งบจังหวัด",
  กลุ่มจังหวัด: "งบกลุ่มจังหวัด",
};

const PROPOSER: Record<ProjectSpec["kind"], NonNullable<ProjectSpec["proposerType"]>> = {
  ส่วนราชการ: "ส่วนราชการ",
  "อปท.": "อปท.",
  ความร่วมมือเอกชน: "ภาคเอกชน",
  กลุ่มจังหวัด: "ส่วนราชการ",
};

/** The short name used inside sentences ("โครงการ" dropped). */
function shortName(name: string): string {
  return name.replace(/^โครงการ/, "");
}

export function makeProject(s: ProjectSpec, fiscalYear = 2552): InputRow {
  const ce = fiscalYear - 543;
  const short = shortName(s.name);
  const ready = s.build ? "พร้อม" : "ไม่ต้องใช้";
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    budgetSource: SOURCE[s.kind],
    issueNo: s.issue,
    approachCode: s.approach,
    missionGroup: s.group,
    rationale: s.why,
    needIds: s.needs ?? [],
    swotCodes: s.swot ?? [],
    objectives: s.objective,
    targets: s.target,
    indicators: s.indicator,
    activities: s.activities,
    location: s.location,
    startDate: s.start ?? `${ce - 1}-11-01`,
    endDate: s.end ?? `${ce}-09-30`,
    multiYear: false,
    budget: s.budget,
    agency: s.agency,
    linkedCodes: s.linked ?? [],
    beneficiaries: s.beneficiaries,
    jobs: s.jobs ?? 0,
    income: s.income ?? 0,
    noJobsReason: s.noJobsReason ?? null,
    seModeration: true,
    seModerationReason: `งบประมาณ ${formatBaht(s.budget)} บาท พอดีกับกลุ่มเป้าหมาย ${s.target} และอยู่ในกำลังของ${s.agency}`,
    seReasonableness: true,
    seReasonablenessReason: `ดำเนินการ${short}เพราะข้อมูลปัญหาชี้ชัด และวัดผลได้ด้วยตัวชี้วัด "${s.indicator}"`,
    seImmunity: true,
    seImmunityReason: `${s.agency}วางแผนดูแลต่อเนื่องหลังจบ${short} และให้ชุมชนใน${s.location}มีส่วนร่วมบริหารความเสี่ยง`,
    seKnowledge: true,
    seKnowledgeReason: `ใช้ข้อมูลพื้นที่และความรู้ทางวิชาการของ${s.agency}ในการออกแบบกิจกรรม: ${s.activities}`,
    seMorality: true,
    seMoralityReason: `เปิดเผยการจัดซื้อจัดจ้างของ${short}ต่อสาธารณะ และให้ประชาชนใน${s.location}ร่วมตรวจสอบ`,
    readyLand: ready,
    readyDesign: ready,
    readyPermits: ready,
    outputs: s.output,
    outcomes: s.outcome,
    proposerType: s.proposerType ?? PROPOSER[s.kind],
    proposer: s.proposer ?? s.agency,
    priority: s.priority,
    decision: s.decision ?? "อนุมัติ",
    securityPlan: s.security ?? false,
    pilot: s.pilot ?? false,
  };
}
