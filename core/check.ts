/** The one entry point both adapters call: grids in, model, findings and KPI scores out. */
import type { Grid } from "./grid";
import type { KpiResult } from "./kpi/types";
import type { CeilingFill } from "./budget/split";
import type { PlanModel } from "./model";
import { parseWorkbook } from "./parse/parser";
import { REFERENCE } from "./reference";
import { runFacts } from "./rules/facts";
import { kpisFor } from "./packs/derive";
import type { WorkbookFeature } from "./schema";
import { packFor, runRules, type RunOptions } from "./rules/run";
import type { Finding, Severity } from "./rules/types";

export interface CheckResult {
  model: PlanModel;
  /** Thai name of the province (or the cluster, for a cluster workbook). */
  province: string;
  findings: Finding[];
  kpi: KpiResult[];
  counts: Record<Severity, number>;
  /** The pack the check ran under; covers is false when it stands in for a year no pack covers. */
  pack: {
    id: string;
    fiscalYears: { from: number; to: number };
    covers: boolean;
    /** The pack's workbook features (left out when none, as for FY2552): documents add the alignment and ceiling tables. */
    features?: readonly WorkbookFeature[];
    /** How projects fill the ceiling, when the pack sets it (else DEFAULT_CEILING_FILL). */
    ceilingFill?: CeilingFill;
  } | null;
}

export function workbookTitle(model: PlanModel): string {
  const v = model.info.values;
  if (v.level === "กลุ่มจังหวัด") return v.cluster ?? v.province ?? "";
  return v.province ?? v.cluster ?? "";
}

export function checkModel(model: PlanModel, opts: RunOptions = {}): CheckResult {
  // The KPI results the kpi rules read are the ones the check reports: scored once.
  const choice = packFor(model, opts);
  const facts = opts.facts ?? runFacts(model, REFERENCE, kpisFor(choice?.pack, model.info.values.fiscalYear));
  const findings = runRules(model, { ...opts, facts });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const features = choice?.pack.workbook?.features ?? [];
  const ceilingFill = choice?.pack.ceiling?.fill?.value;
  const pack = choice
    ? {
        id: choice.pack.id,
        fiscalYears: choice.pack.fiscalYears,
        covers: choice.covers,
        ...(features.length ? { features } : {}),
        ...(ceilingFill ? { ceilingFill } : {}),
      }
    : null;
  return { model, province: workbookTitle(model), findings, kpi: facts.kpi.map((s) => s.result), counts, pack };
}

export function checkGrids(grids: Grid[], opts: RunOptions = {}): CheckResult {
  return checkModel(parseWorkbook(grids), opts);
}
