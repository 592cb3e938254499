/**
 * What several rules derive from the model, computed once per run and handed
 * to every rule in its context: the milestone KPI results (the same scoring
 * `phaen score` shows), the index of project codes (the projects sheet is
 * the large one, up to 50,000 rows), the lookups by code that the linkage
 * rules share, and the national-alignment lookup with the pack's sub-plans.
 */
import { definitionsFor } from "../kpi/definitions";
import { scoreKpi } from "../kpi/score";
import type { KpiDefinition, KpiResult } from "../kpi/types";
import type { PlanModel } from "../model";
import type { ReferenceData } from "../reference";
import { ALIGNMENT, createAlignmentLookup, type AlignmentLookup } from "../reference/alignment";
import type { Settings } from "../settings";
import type { Approach, Need, Objective, StrategicIssue, SwotItem } from "../schema";
import { codeIndex, codeKey, indexBy } from "./util/lookup";

export interface ScoredKpi {
  def: KpiDefinition;
  result: KpiResult;
}

export interface ProjectCodes {
  /** Per project row (by position): its code as compared (codeKey), "" when it has none. */
  keys: string[];
  /** Each code to the position of the first project holding it. */
  first: Map<string, number>;
  /** Each project's sheet row to its code as typed (rows without a code left out): a finding at a project's cell names the project. */
  atRow: Map<number, string>;
}

export interface RunFacts {
  /** Every milestone KPI defined for the workbook's fiscal year, scored. */
  kpi: readonly ScoredKpi[];
  /** The KPIs of `kpi` that assess this province. */
  assessedKpi: readonly ScoredKpi[];
  projectCodes: ProjectCodes;
  /** The plan's smaller sheets by key (codes compared as codeKey; the first record of a repeated key). */
  issueByNo: Map<NonNullable<StrategicIssue["no"]>, StrategicIssue>;
  objectiveByCode: Map<string, Objective>;
  approachByCode: Map<string, Approach>;
  needById: Map<string, Need>;
  swotByCode: Map<string, SwotItem>;
  /** ยุทธศาสตร์ชาติ, แผนแม่บท, แผนย่อย (the reference's and the pack's), หมุดหมาย and SDGs, as the alignment rules read them. */
  alignment: AlignmentLookup;
}

function indexProjectCodes(model: PlanModel): ProjectCodes {
  const rows = model.projects.rows;
  const keys = new Array<string>(rows.length);
  const first = new Map<string, number>();
  const atRow = new Map<number, string>();
  for (let i = 0; i < rows.length; i++) {
    const k = (keys[i] = codeKey(rows[i].code));
    if (k && !first.has(k)) first.set(k, i);
    if (rows[i].code) atRow.set(rows[i].$row, String(rows[i].code));
  }
  return { keys, first, atRow };
}

/** The alignment lookup with the sub-plans a pack lists beyond the reference data's (unsourced there: a secretariat's setting). */
function alignmentWith(subPlans: Settings["subPlans"]): AlignmentLookup {
  if (!subPlans.length) return ALIGNMENT;
  return createAlignmentLookup(
    subPlans.map((s) => ({ code: s.code, masterPlan: s.code.slice(0, 2), th: s.th, checked: "unsourced" as const, sources: [] })),
  );
}

/**
 * `kpis`: the milestone KPIs the run's pack defines for the workbook's year (by default the bundled packs');
 * `subPlans`: the pack's own sub-plans (settings.subPlans).
 */
export function runFacts(
  model: PlanModel,
  reference: ReferenceData,
  kpis?: readonly KpiDefinition[],
  subPlans: Settings["subPlans"] = [],
): RunFacts {
  const kpi = (kpis ?? definitionsFor(model.info.values.fiscalYear)).map((def) => ({ def, result: scoreKpi(model, reference, def) }));
  return {
    kpi,
    assessedKpi: kpi.filter((s) => s.result.assessed),
    projectCodes: indexProjectCodes(model),
    issueByNo: indexBy(model.issues.rows, "no"),
    objectiveByCode: codeIndex(model.objectives.rows, "code"),
    approachByCode: codeIndex(model.approaches.rows, "code"),
    needById: codeIndex(model.needs.rows, "id"),
    swotByCode: codeIndex(model.swot.rows, "code"),
    alignment: alignmentWith(subPlans),
  };
}
