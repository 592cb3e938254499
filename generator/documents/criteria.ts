/** The numbered screening criteria (DOMAIN.md §6) and whether a plan or a project meets each. */
import {
  CRITERION_NAMES,
  NUMBERED_CRITERIA,
  parseAddress,
  severityName,
  type CheckResult,
  type Criterion,
  type Finding,
  type Project,
} from "../../core";

export { NUMBERED_CRITERIA };

const NUMBERED = new Set<string>(NUMBERED_CRITERIA.map((c) => c.id));

/** Criteria judged on the plan's own sheets (SWOT, objectives, approaches), never on a project. */
export const PLAN_ONLY_CRITERIA: ReadonlySet<Criterion> = new Set<Criterion>(["3.1", "3.2", "3.3"]);

/** A criterion as a Thai reader meets it: the number for 1.1–4.4, the family's Thai name otherwise. */
export function criterionLabel(c: Criterion): string {
  return NUMBERED.has(c) ? c : CRITERION_NAMES[c].th;
}

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
  return severityName(s, "th");
}
