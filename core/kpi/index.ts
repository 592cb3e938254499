import type { PlanModel } from "../model";
import type { ReferenceData } from "../reference";
import type { KpiResult } from "./types";

export type * from "./types";

/** Scores every milestone KPI defined for the workbook's fiscal year. */
export function scoreKpis(model: PlanModel, reference: ReferenceData): KpiResult[] {
  void model;
  void reference;
  return [];
}
