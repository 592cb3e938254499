/**
 * The rows the template pre-fills on the KPI sheet: the steps of KPI 3.6 as
 * the bundled FY2552 pack (core/packs/fy2552.json) defines them, so the
 * template's formulas and the core scorer judge the same steps by the same
 * due dates. `phaen new` rewrites the texts, due dates and weight from the
 * pack it runs under (workbook/kpi-from-pack.ts).
 */
import { TEMPLATE_KPI } from "../../core";
import type { KpiStepDef } from "../../core/kpi/types";

export type TemplateStep = Pick<
  KpiStepDef,
  "code" | "level" | "kind" | "th" | "due" | "targetPercent" | "perQuarter" | "requiresFlaggedProjects"
>;

export const KPI_DEFINITION = TEMPLATE_KPI;
export const KPI_ID = KPI_DEFINITION.id;
export const KPI_WEIGHT = KPI_DEFINITION.weight;
export const KPI36_STEPS: readonly TemplateStep[] = KPI_DEFINITION.steps;
export const KPI36_LEVELS: readonly string[] = KPI_DEFINITION.levels.map((l) => l.th);
