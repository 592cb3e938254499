/** Every milestone KPI definition, by fiscal year. Adding a year is adding a data file here. */
import type { KpiDefinition } from "../types";
import { KPI_3_6_2552 } from "./kpi-3-6-2552";

export { KPI_3_6_2552 };

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [KPI_3_6_2552];

export function definitionsFor(fiscalYearBE: number | null | undefined): KpiDefinition[] {
  return KPI_DEFINITIONS.filter((d) => d.fiscalYear === fiscalYearBE);
}
