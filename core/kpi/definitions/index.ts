/** The milestone KPI definitions of the bundled packs (core/packs), by fiscal year. Adding a year is adding a pack. */
import { BUNDLED_PACKS } from "../../packs/bundled";
import { choosePack, kpiDefinition, kpisFor } from "../../packs/derive";
import type { KpiDefinition } from "../types";

export const KPI_DEFINITIONS: readonly KpiDefinition[] = BUNDLED_PACKS.flatMap((p) => p.kpis.map((k) => kpiDefinition(p, k)));

/** KPI 3.6 of FY2552 as the FY2552 pack defines it (tests and the template read it by name). */
export const KPI_3_6_2552: KpiDefinition = KPI_DEFINITIONS.find((d) => d.id === "3.6" && d.fiscalYear === 2552)!;

/** The KPIs of the bundled pack covering the year (none for a year no pack covers). */
export function definitionsFor(fiscalYearBE: number | null | undefined): KpiDefinition[] {
  const choice = choosePack(BUNDLED_PACKS, fiscalYearBE);
  return choice?.covers ? kpisFor(choice.pack, fiscalYearBE) : [];
}
