/** The numbered screening criteria (DOMAIN.md §6) and whether a plan or a project meets each. */
import { parseAddress, type CheckResult, type Criterion, type Finding, type Project } from "../../core";

export const NUMBERED_CRITERIA: readonly { id: Criterion; th: string; en: string }[] = [
  { id: "1.1", th: "สอดคล้องกับศักยภาพ โอกาสและความต้องการของประชาชน", en: "Fits potential, opportunities and people's needs" },
  { id: "1.2", th: "สนับสนุนนโยบายเร่งด่วน สร้างงานและรายได้", en: "Supports the urgent jobs-and-income policy" },
  { id: "2.1", th: "หลักปรัชญาของเศรษฐกิจพอเพียง", en: "Sufficiency-economy philosophy" },
  { id: "2.2", th: "หลักความสอดคล้องเชื่อมโยง", en: "Consistency and linkage" },
  { id: "2.3", th: "หลักคุณภาพ", en: "Quality" },
  { id: "3.1", th: "ปัญหาและโอกาสการพัฒนาชัดเจน", en: "Clear problems and opportunities" },
  { id: "3.2", th: "วัตถุประสงค์/เป้าหมายเชิงปริมาณและคุณภาพ", en: "Quantitative and qualitative objectives" },
  { id: "3.3", th: "ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์และเป้าหมาย", en: "Strategies answer the objectives" },
  { id: "3.4", th: "แผนงาน/โครงการตอบแนวทางการพัฒนา", en: "Projects answer the approaches" },
  { id: "4.1", th: "ความจำเป็น", en: "Necessity" },
  { id: "4.2", th: "ความเหมาะสมและเป็นไปได้", en: "Appropriateness and feasibility" },
  { id: "4.3", th: "ความเชื่อมโยงกับโครงการอื่น", en: "Linkage with other projects" },
  { id: "4.4", th: "ความคุ้มค่า", en: "Value for money" },
];

const NUMBERED = new Set<string>(NUMBERED_CRITERIA.map((c) => c.id));

function firstRow(cell: string): number {
  return parseAddress(cell.split(":")[0]).row;
}

/**
 * Findings indexed by the project they concern: by the `project` code a rule
 * gives, otherwise by the projects sheet and row the cell lies in.
 */
export interface FindingIndex {
  plan: Finding[];
  byProject: Map<Project, Finding[]>;
  /** Findings outside the numbered criteria (committee, hearing, process, budget, data, kpi, positioning). */
  other: Finding[];
}

export function indexFindings(result: CheckResult): FindingIndex {
  const projects = result.model.projects;
  const byCode = new Map<string, Project>();
  const byRow = new Map<number, Project>();
  for (const p of projects.rows) {
    if (p.code && !byCode.has(p.code)) byCode.set(p.code, p);
    byRow.set(p.$row, p);
  }
  const index: FindingIndex = { plan: [], byProject: new Map(), other: [] };
  for (const f of result.findings) {
    const owner = f.project !== undefined ? byCode.get(f.project) : f.sheet === projects.sheet ? byRow.get(firstRow(f.cell)) : undefined;
    if (owner) {
      let list = index.byProject.get(owner);
      if (!list) index.byProject.set(owner, (list = []));
      list.push(f);
    } else if (NUMBERED.has(f.criterion)) index.plan.push(f);
    else index.other.push(f);
  }
  return index;
}

/** Met when no error or warning finding of the criterion is in the list. */
export function criterionMet(findings: readonly Finding[], criterion: Criterion): boolean {
  return !findings.some((f) => f.criterion === criterion && (f.severity === "error" || f.severity === "warning"));
}

export function severityTh(s: Finding["severity"]): string {
  return s === "error" ? "ข้อผิดพลาด" : s === "warning" ? "คำเตือน" : "ข้อสังเกต";
}
