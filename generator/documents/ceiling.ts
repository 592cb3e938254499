/**
 * Which projects fall inside the ceiling (ภายในกรอบวงเงิน) and which over it
 * (เกินกรอบวงเงิน). No source gives the rule (DOMAIN.md §9), so it is a
 * setting with a stated default: by priority, then by the order in the
 * workbook, a blank priority last; a project that would pass the ceiling is
 * over it, and the next ones may still fit. A project whose budget cannot be
 * read is over it, and totals say they leave it out.
 */
import { ceilingOf, type CeilingKind, type CheckResult, type Project } from "../../core";

export type CeilingOrder = "priority" | "workbook";

/** The default, printed in the report so a committee knows how the split was made. */
export const CEILING_RULE: Record<CeilingOrder, string> = {
  priority: "เรียงตามลำดับความสำคัญ (โครงการที่ไม่ระบุลำดับอยู่ท้าย) แล้วตามลำดับในแบบฟอร์ม นับเข้ากรอบวงเงินจนเต็ม โครงการที่ทำให้เกินวงเงินถือว่าเกินกรอบวงเงิน",
  workbook: "ตามลำดับในแบบฟอร์ม นับเข้ากรอบวงเงินจนเต็ม โครงการที่ทำให้เกินวงเงินถือว่าเกินกรอบวงเงิน",
};

export interface CeilingPlace {
  project: Project;
  pool: CeilingKind | null;
  inside: boolean;
}

export interface CeilingSplit {
  ceilings: Record<CeilingKind, number | null>;
  /** In the order the rule ranks them. */
  places: CeilingPlace[];
}

export function splitByCeiling(result: CheckResult, order: CeilingOrder = "priority"): CeilingSplit {
  const v = result.model.info.values;
  const ceilings: Record<CeilingKind, number | null> = { province: v.provinceCeiling ?? null, cluster: v.clusterCeiling ?? null };
  const rows = result.model.projects.rows.map((p, i) => ({ p, i }));
  if (order === "priority") rows.sort((a, b) => (a.p.priority ?? Infinity) - (b.p.priority ?? Infinity) || a.i - b.i);
  const used: Record<CeilingKind, number> = { province: 0, cluster: 0 };
  const places = rows.map(({ p }): CeilingPlace => {
    const pool = ceilingOf(p) ?? null;
    if (!pool) return { project: p, pool, inside: true };
    const ceiling = ceilings[pool];
    if (p.budget === null || !Number.isFinite(p.budget)) return { project: p, pool, inside: false };
    if (ceiling === null || used[pool] + p.budget <= ceiling) {
      used[pool] += p.budget;
      return { project: p, pool, inside: true };
    }
    return { project: p, pool, inside: false };
  });
  return { ceilings, places };
}
