/** Which ceiling a project counts against (DOMAIN.md §3). */
import type { Project } from "../../schema";

export type CeilingKind = "province" | "cluster";

const PROVINCE_KINDS = new Set(["ส่วนราชการ", "อปท.", "ความร่วมมือเอกชน"]);

/**
 * Cluster-budget projects (kind กลุ่มจังหวัด or source งบกลุ่มจังหวัด) count
 * against the cluster's ceiling; province-budget projects of the three
 * province kinds against the province's; other sources against neither.
 */
export function ceilingOf(p: Project): CeilingKind | undefined {
  if (p.kind === "กลุ่มจังหวัด" || p.budgetSource === "งบกลุ่มจังหวัด") return "cluster";
  if (p.budgetSource === "งบจังหวัด" && p.kind && PROVINCE_KINDS.has(p.kind)) return "province";
  return undefined;
}

/** Rejected and deferred projects draw on no ceiling. */
export function drawsOnCeiling(p: Project): boolean {
  return p.decision !== "ไม่อนุมัติ" && p.decision !== "ชะลอ";
}

export const CEILING_FIELD = { province: "provinceCeiling", cluster: "clusterCeiling" } as const;
export const CEILING_NAME = {
  province: { th: "วงเงินงบจังหวัด", en: "provincial budget ceiling" },
  cluster: { th: "วงเงินงบกลุ่มจังหวัด", en: "cluster budget ceiling" },
} as const;

export function sumByCeiling(
  projects: readonly Project[],
  include: (p: Project) => boolean,
): Record<CeilingKind, { total: number; count: number }> {
  const out = { province: { total: 0, count: 0 }, cluster: { total: 0, count: 0 } };
  for (let row = 0; row < projects.length; row++) {
    const p = projects[row];
    const kind = ceilingOf(p);
    if (!kind || !include(p)) continue;
    out[kind].total += p.budget && p.budget > 0 ? p.budget : 0;
    out[kind].count++;
  }
  return out;
}
