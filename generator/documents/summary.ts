/** Groupings and totals the documents share: projects by kind and budget source, a province's figures. */
import { ENUMS, type CheckResult, type Project } from "../../core";
import type { DocProperties, Issuer } from "./document";
import { sum } from "./format";

export const KIND_ORDER: readonly string[] = ENUMS.projectKind.options.map((o) => o.value);
export const SOURCE_ORDER: readonly string[] = ENUMS.budgetSource.options.map((o) => o.value);
export const MISSION_ORDER: readonly string[] = ENUMS.missionGroup.options.map((o) => o.value);
export const UNSPECIFIED = "ไม่ระบุ";

/** Kind headings as the deck names them. */
export const KIND_TITLES: Record<string, string> = {
  ส่วนราชการ: "โครงการของส่วนราชการ",
  "อปท.": "โครงการของ อปท.",
  ความร่วมมือเอกชน: "โครงการความร่วมมือเอกชน",
  กลุ่มจังหวัด: "โครงการพัฒนากลุ่มจังหวัด",
};

export function kindTitle(kind: string): string {
  return KIND_TITLES[kind] ?? kind;
}

/** Groups in the order their first member comes, each in the rows' order. */
export function groupInOrder<K, R>(rows: readonly R[], keyOf: (r: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Groups in the enumeration's order; blanks and unknown values last, under ไม่ระบุ. */
export function groupBy<R>(
  rows: readonly R[],
  keyOf: (r: R) => string | number | null | undefined,
  order: readonly string[],
): [string, R[]][] {
  const groups = groupInOrder(rows, (r) => {
    const raw = keyOf(r);
    return raw === null || raw === undefined || raw === "" ? UNSPECIFIED : String(raw);
  });
  const rank = (k: string) => (k === UNSPECIFIED ? Number.MAX_SAFE_INTEGER : order.includes(k) ? order.indexOf(k) : order.length);
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0], "th"));
}

export function totalBudget(projects: readonly Project[]): number {
  return sum(projects.map((p) => p.budget));
}

export interface ProvinceFigures {
  province: string;
  isCluster: boolean;
  projects: number;
  byKind: Record<string, number>;
  bySource: Record<string, number>;
  total: number;
  errors: number;
  warnings: number;
  kpiAssessed: boolean | null;
  kpiLevel: number | null;
  kpiWeighted: number | null;
  kpiSummary: string;
}

export function provinceFigures(result: CheckResult): ProvinceFigures {
  const rows = result.model.projects.rows;
  const byKind: Record<string, number> = {};
  for (const [k, g] of groupBy(rows, (p) => p.kind, KIND_ORDER)) byKind[k] = g.length;
  const bySource: Record<string, number> = {};
  for (const [s, g] of groupBy(rows, (p) => p.budgetSource, SOURCE_ORDER)) bySource[s] = totalBudget(g);
  const kpi = result.kpi[0];
  return {
    province: result.province,
    isCluster: result.model.info.values.level === "กลุ่มจังหวัด",
    projects: rows.length,
    byKind,
    bySource,
    total: totalBudget(rows),
    errors: result.counts.error,
    warnings: result.counts.warning,
    kpiAssessed: kpi ? kpi.assessed : result.model.info.values.kpiAssessed,
    kpiLevel: kpi?.level ?? null,
    kpiWeighted: kpi?.weighted ?? null,
    kpiSummary: kpi?.summary.th ?? (result.model.info.values.kpiAssessed === false ? "ไม่ต้องประเมิน" : "ยังไม่มีผลการประเมิน"),
  };
}

/** "จังหวัดตราด" or "กลุ่มจังหวัดภาคตะวันออก" (not doubling a prefix the cell already has). */
export function placeName(result: CheckResult): string {
  const name = result.province || "(ไม่ระบุชื่อ)";
  if (result.model.info.values.level === "กลุ่มจังหวัด") return name.startsWith("กลุ่มจังหวัด") ? name : `กลุ่มจังหวัด${name}`;
  return name.startsWith("จังหวัด") ? name : `จังหวัด${name}`;
}

/** The committee a province's or cluster's documents go to, and its secretariat's office (for the letterhead). */
export function issuerOf(result: CheckResult): Issuer {
  const place = placeName(result);
  if (!result.province) return { committee: "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ", office: "" };
  if (result.model.info.values.level === "กลุ่มจังหวัด") return clusterIssuer(place);
  return { committee: `คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ${place}`, office: `สำนักงาน${place} ศาลากลาง${place}` };
}

/** A cluster's ก.บ.ก. and its operations centre, by the cluster's name (with or without กลุ่มจังหวัด). */
export function clusterIssuer(name: string): Issuer {
  const cluster = name.startsWith("กลุ่มจังหวัด") ? name : `กลุ่มจังหวัด${name}`;
  return { committee: `คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ${cluster}`, office: `ศูนย์ปฏิบัติการ${cluster}` };
}

/** Document properties: the committee and the province or cluster. */
export function propertiesOf(result: CheckResult): DocProperties {
  return { committee: issuerOf(result).committee, place: placeName(result) };
}
