/** What the rest of core reads from a pack: its Settings, its KPI definitions, and which pack governs a fiscal year. */
import type { KpiDefinition } from "../kpi/types";
import type { InfoKey } from "../schema/layout";
import type { Settings } from "../settings";
import type { Pack, PackKpi } from "./schema";

type SettingKey = keyof Pack["settings"];

/** The pack's thresholds as the Settings object the rules read. */
export function packSettings(pack: Pack): Settings {
  const s = pack.settings;
  const v = <K extends SettingKey>(k: K): Pack["settings"][K]["value"] => s[k].value;
  return {
    minReasonLength: v("minReasonLength"),
    rejectCopiedReasons: v("rejectCopiedReasons"),
    nearDuplicateSimilarity: v("nearDuplicateSimilarity"),
    outlierIqrFactor: v("outlierIqrFactor"),
    outlierMinGroupSize: v("outlierMinGroupSize"),
    plausibleYears: { ...v("plausibleYears") },
    evidenceWords: [...v("evidenceWords")],
    features: [...(pack.workbook?.features ?? [])],
    subPlans: [...(pack.alignment?.subPlans.value ?? [])],
    approvalSteps: pack.approvalSteps.items.map(({ th, en }) => ({ th, en })),
    committeeSectors: pack.committeeSectors.items.map(({ th, en }) => ({ th, en })),
    hearingGroups: pack.hearingGroups.items.map((g) => g.th),
  };
}

/** A pack KPI in the shape the scorer reads (steps flattened, each with its level). */
export function kpiDefinition(pack: Pack, kpi: PackKpi): KpiDefinition {
  return {
    id: kpi.id,
    fiscalYear: kpi.fiscalYear,
    title: { th: kpi.th, en: kpi.en },
    weight: kpi.weight,
    levels: kpi.levels.map((l) => ({ level: l.level, th: l.th, en: l.en })),
    steps: kpi.levels.flatMap((l) => l.steps.map(({ source: _source, ...step }) => ({ ...step, level: l.level }))),
    assessed: kpi.assessed.provinces.map((p) => p.th),
    assessedSource: pack.sources[kpi.assessed.source] ?? kpi.assessed.source,
    partialCredit: kpi.scoring.partialCredit,
    floor: kpi.scoring.floor,
  };
}

/** The pack's KPIs defined for one fiscal year (none for a year the pack only lends its rules to). */
export function kpisFor(pack: Pack | undefined, fiscalYearBE: number | null | undefined): KpiDefinition[] {
  if (!pack) return [];
  return pack.kpis.filter((k) => k.fiscalYear === fiscalYearBE).map((k) => kpiDefinition(pack, k));
}

export interface PackChoice {
  pack: Pack;
  /** False when no pack covers the year and the nearest earlier one (or, before every pack, the earliest) stands in. */
  covers: boolean;
}

/** The pack whose years cover the fiscal year; else the nearest earlier one; else the earliest. */
export function choosePack(packs: readonly Pack[], fiscalYearBE: number | null | undefined): PackChoice | undefined {
  if (!packs.length) return undefined;
  const byStart = [...packs].sort((a, b) => a.fiscalYears.from - b.fiscalYears.from);
  if (typeof fiscalYearBE !== "number") return { pack: byStart[byStart.length - 1], covers: false };
  const covering = byStart.filter((p) => p.fiscalYears.from <= fiscalYearBE && fiscalYearBE <= p.fiscalYears.to);
  if (covering.length) return { pack: covering[covering.length - 1], covers: true };
  const earlier = byStart.filter((p) => p.fiscalYears.to < fiscalYearBE);
  return { pack: earlier.length ? earlier.reduce((a, b) => (b.fiscalYears.to > a.fiscalYears.to ? b : a)) : byStart[0], covers: false };
}

/**
 * What a new workbook for the year states from the pack: the fiscal year, the plan in force and its
 * review edition, the 20-year goal period (the 2565 decree's packs), keyed by information field.
 * `phaen new` and the pane's สร้างแม่แบบ both fill these.
 */
export function packInfoValues(pack: Pack, fiscalYearBE: number): Partial<Record<InfoKey, number | string>> {
  const values: Partial<Record<InfoKey, number | string>> = { fiscalYear: fiscalYearBE };
  const features = pack.workbook?.features ?? [];
  const plan = pack.workbook?.plan;
  if (plan) {
    values.planFirstYear = plan.from;
    values.planLastYear = plan.to;
    if (features.includes("review")) values.planEdition = plan.edition.replace("{year}", String(fiscalYearBE));
  }
  const goal = pack.workbook?.goal;
  if (goal && features.includes("goal20")) {
    values.goalFirstYear = goal.from;
    values.goalLastYear = goal.to;
  }
  return values;
}

/** The pack's approval steps in order, each not started yet: the rows a new workbook lists for their dates. */
export function packApprovalRows(pack: Pack, status: string): { step: string; status: string }[] {
  return pack.approvalSteps.items.map((s) => ({ step: s.th, status }));
}
