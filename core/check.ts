/** The one entry point both adapters call: grids in, model, findings and KPI scores out. */
import type { Grid } from "./grid";
import type { KpiResult } from "./kpi/types";
import type { CeilingFill } from "./budget/split";
import type { PlanModel } from "./model";
import { parseWorkbook } from "./parse/parser";
import { extraChoices, packChoices } from "./packs/choices";
import type { WorkbookFeature } from "./schema";
import { factsFor, packFor, runRules, runSettings, type RunOptions } from "./rules/run";
import type { Finding, Severity } from "./rules/types";
import { ceilingSplit, type CeilingSplit } from "./budget/split";

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
  /** Inside / over the ceiling and รับทราบ, by kind and by strategic issue: only under a pack that splits the ceiling (the 2565 decree's). */
  ceiling?: Omit<CeilingSplit, "places" | "pools">;
}

export function workbookTitle(model: PlanModel): string {
  const v = model.info.values;
  if (v.level === "กลุ่มจังหวัด") return v.cluster ?? v.province ?? "";
  return v.province ?? v.cluster ?? "";
}

export function checkModel(model: PlanModel, opts: RunOptions = {}): CheckResult {
  // The KPI results the kpi rules read are the ones the check reports: scored once.
  const choice = packFor(model, opts);
  const facts = opts.facts ?? factsFor(model, choice?.pack, runSettings(choice?.pack, opts.settings));
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
  // The totals only: the per-row places and pools are the documents' business.
  const split = choice?.pack.ceiling ? ceilingSplit(model, ceilingFill) : undefined;
  const ceiling = split ? (({ places: _places, pools: _pools, ...totals }) => totals)(split) : undefined;
  return {
    model,
    province: workbookTitle(model),
    findings,
    kpi: facts.kpi.map((s) => s.result),
    counts,
    pack,
    ...(ceiling ? { ceiling } : {}),
  };
}

export function checkGrids(grids: Grid[], opts: RunOptions = {}): CheckResult {
  const model = parseWorkbook(grids);
  // A pack may declare dropdown values core's lists do not know (a renamed step, a new decision): read them under it.
  const choice = packFor(model, opts);
  const extra = choice ? extraChoices(packChoices(choice.pack)) : {};
  return checkModel(Object.keys(extra).length ? parseWorkbook(grids, { extraChoices: extra }) : model, opts);
}
