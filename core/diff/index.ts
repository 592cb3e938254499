/**
 * What changed between two versions of a plan (DOMAIN.md §10): projects
 * added, removed and changed, totals before and after, changes to the plan
 * itself and how the findings moved. Pure: both adapters call it on checked
 * models (the CLI's `phaen diff`, the packet's --previous, the task pane).
 */
import type { CheckResult } from "../check";
import type { PlanModel } from "../model";
import { DEFAULT_SETTINGS } from "../settings";
import { diffFindings } from "./findings";
import { diffPlanParts } from "./plan";
import { diffProjects } from "./projects";
import { diffTotals } from "./totals";
import type { PlanDiff, VersionInfo } from "./types";

export * from "./types";
export { PROJECT_FIELDS, CEILING_FIELD_NAME } from "./projects";
export { ceilingStandings, type CeilingStanding } from "./ceiling";
export { CHANGE_NAMES, PART_NAMES, budgetDifference, fieldName, signedNumber, valueText } from "./labels";
export { budgetCuts, type BudgetCut } from "./cuts";

export interface DiffVersion {
  /** How the version is named in the report (its file name). */
  label: string;
  result: CheckResult;
}

export interface DiffOptions {
  /** Dice similarity at or above which two names at one place are the same project (the 4.3 rule's setting). */
  nameSimilarity?: number;
}

function versionInfo(v: DiffVersion): VersionInfo {
  const { model } = v.result;
  const budget = model.projects.rows.reduce((s, p) => s + (typeof p.budget === "number" && Number.isFinite(p.budget) ? p.budget : 0), 0);
  return {
    file: v.label,
    province: v.result.province,
    level: model.info.values.level ?? null,
    fiscalYear: model.info.values.fiscalYear ?? null,
    planStatus: model.info.values.planStatus ?? null,
    projects: model.projects.rows.length,
    budget,
  };
}

/** Whether two workbooks are of one province (or cluster): a comparison across provinces is most likely a mistake. */
export function sameProvince(a: CheckResult, b: CheckResult): boolean {
  const key = (m: PlanModel, r: CheckResult) => `${m.info.values.level ?? ""}|${r.province.replace(/^(กลุ่ม)?จังหวัด/, "").trim()}`;
  return key(a.model, a) === key(b.model, b);
}

export function diffPlans(older: DiffVersion, newer: DiffVersion, opts: DiffOptions = {}): PlanDiff {
  const a = older.result;
  const b = newer.result;
  const threshold = opts.nameSimilarity ?? DEFAULT_SETTINGS.nearDuplicateSimilarity;
  const { changes, matching } = diffProjects(a.model, b.model, threshold);
  const olderCode = new Map<string, string>();
  for (const pair of matching.pairs) {
    const from = a.model.projects.rows[pair.older].code;
    const to = b.model.projects.rows[pair.newer].code;
    if (from && to) olderCode.set(to, from);
  }
  return {
    older: versionInfo(older),
    newer: versionInfo(newer),
    projects: changes,
    totals: diffTotals(a.model, b.model),
    plan: diffPlanParts(a.model, b.model),
    findings: diffFindings(a, b, (code) => olderCode.get(code) ?? code),
  };
}

/** The diff as `phaen diff --json` prints it: the stable shape (project names are for the reports only). */
export function diffJson(diff: PlanDiff): unknown {
  return { ...diff, projects: diff.projects.map(({ name: _name, ...rest }) => rest) };
}
