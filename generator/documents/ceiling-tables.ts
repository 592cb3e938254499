/**
 * What a committee decides with (DOMAIN.md §10): each project's recommended
 * result and reasons, its priority, inside or over the ceiling, a column for
 * the secretariat's opinion and one for the decision; totals inside and over.
 */
import type { CheckResult, Project } from "../../core";
import { heading, para, table, widths, type Block } from "./blocks";
import { CEILING_RULE, splitByCeiling, type CeilingPlace } from "./ceiling";
import type { FindingIndex } from "./criteria";
import type { BuildContext } from "./document";
import { TEXT_WIDTH } from "./style";
import { reasonsOf, verdictOf } from "./verdict";

export const INSIDE = "ภายในกรอบวงเงิน";
export const OVER = "เกินกรอบวงเงิน";
const POOL_NAME = { province: "งบจังหวัด", cluster: "งบกลุ่มจังหวัด" } as const;

/** A budget as the document shows it: a figure, or why there is none. */
export function budgetText(p: Project, ctx: BuildContext, unreadable: boolean): string {
  if (p.budget !== null) return ctx.fmt.baht(p.budget);
  return unreadable ? "อ่านไม่ได้ (#REF!)" : "ไม่ระบุ";
}

/** Whether the workbook held a budget it could not read (an error value, text) for this project. */
export function budgetUnreadable(p: Project, index: FindingIndex): boolean {
  return (index.byProject.get(p) ?? []).some((f) => f.criterion === "data" && /งบประมาณ/.test(f.message));
}

function decisionTable(places: CeilingPlace[], index: FindingIndex, ctx: BuildContext) {
  const f = ctx.fmt;
  return table({
    headers: ["ลำดับความสำคัญ", "รหัส", "ชื่อโครงการ", "งบประมาณ (บาท)", "ผลการพิจารณา", "เหตุผล", "ความเห็นฝ่ายเลขานุการ", "มติ"],
    widths: widths(TEXT_WIDTH.landscape, [1.3, 1.5, 3.2, 1.7, 1.5, 4.2, 2, 1.3]),
    align: ["center", "left", "left", "right", "center", "left", "left", "center"],
    rows: places.map(({ project: p }) => {
      const own = index.byProject.get(p) ?? [];
      return [
        p.priority === null ? "ไม่ระบุ" : f.num(p.priority),
        f.text(p.code),
        p.name ?? "",
        budgetText(p, ctx, budgetUnreadable(p, index)),
        verdictOf(own),
        f.text(reasonsOf(own).join("; ")),
        "",
        p.decision ?? "",
      ];
    }),
    totals: [["", "", "รวม", f.baht(sumReadable(places)), "", unreadableNote(places, ctx), "", ""]],
  });
}

function sumReadable(places: CeilingPlace[]): number {
  return places.reduce((a, { project: p }) => a + (p.budget ?? 0), 0);
}

function unreadableNote(places: CeilingPlace[], ctx: BuildContext): string {
  const n = places.filter(({ project: p }) => p.budget === null).length;
  return n ? ctx.fmt.text(`ไม่รวม ${n} โครงการที่อ่านงบประมาณไม่ได้`) : "";
}

/** The ceiling split: the ceilings, the rule, then the two parts headed ภายในกรอบวงเงิน and เกินกรอบวงเงิน. */
export function ceilingBlocks(
  result: CheckResult,
  ctx: BuildContext,
  index: FindingIndex,
  opts: { pageBreakBefore?: boolean } = {},
): Block[] {
  const f = ctx.fmt;
  const split = splitByCeiling(result);
  const inside = split.places.filter((p) => p.inside);
  const over = split.places.filter((p) => !p.inside);
  const ceilingLine = (["province", "cluster"] as const)
    .filter((k) => split.places.some((p) => p.pool === k) || split.ceilings[k] !== null)
    .map((k) => `วงเงิน${POOL_NAME[k]} ${split.ceilings[k] === null ? "ไม่ได้ระบุ" : `${f.baht(split.ceilings[k])} บาท`}`)
    .join(" ");
  const part = (title: string, list: CeilingPlace[]): Block[] => [
    heading(f.text(`${title} (${list.length} โครงการ รวม ${f.baht(sumReadable(list))} บาท)`), 2),
    list.length ? decisionTable(list, index, ctx) : para("ไม่มีโครงการ"),
  ];
  return [
    heading("ผลการพิจารณาโครงการตามกรอบวงเงิน", 1, opts),
    para(ceilingLine || "ไม่มีโครงการที่ใช้วงเงินงบจังหวัดหรืองบกลุ่มจังหวัด"),
    para(`วิธีนับเข้ากรอบวงเงิน: ${CEILING_RULE.priority}`),
    ...part(INSIDE, inside),
    ...part(OVER, over),
  ];
}
