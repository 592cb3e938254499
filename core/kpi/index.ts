import type { PlanModel } from "../model";
import type { ReferenceData } from "../reference";
import { definitionsFor } from "./definitions";
import { scoreKpi } from "./score";
import type { KpiDefinition, KpiResult } from "./types";

export type * from "./types";
export { KPI_DEFINITIONS, KPI_3_6_2552, definitionsFor } from "./definitions";
export { scoreKpi, notAssessedReason, provinceOf } from "./score";
export { meetingsPerQuarter, percentValue } from "./steps";

/** Scores every milestone KPI defined for the workbook's fiscal year (by default, by the bundled packs). */
export function scoreKpis(
  model: PlanModel,
  reference: ReferenceData,
  definitions: readonly KpiDefinition[] = definitionsFor(model.info.values.fiscalYear),
): KpiResult[] {
  return definitions.map((def) => scoreKpi(model, reference, def));
}
