/**
 * The 2565 decree's tables (DOMAIN.md §9–10): projects inside and over the ceiling in priority
 * order, agency projects for information apart, by kind and by strategic issue (the shape the
 * sub-committees report: 527 / 4,878 MB inside, 80 / 1,726 MB over); and each project's
 * national alignment. Only for workbooks whose pack enables "alignment".
 */
import { ALIGNMENT, ceilingSplit, type CeilingPlace, type CeilingSplit, type CheckResult, type Project, type SplitRow } from "../../core";
import { heading, para, widths, type Block, type TableSpec } from "./blocks";
import { fillOf } from "./ceiling-tables";
import type { BuildContext } from "./document";
import { kindTitle } from "./summary";

export const PLACE_TH: Record<CeilingPlace, string> = {
  inside: "ภายในกรอบวงเงิน",
  over: "เกินกรอบวงเงิน",
  information: "รับทราบ (โครงการส่วนราชการ)",
};

export function alignmentOn(result: CheckResult): boolean {
  return Boolean(result.pack?.features?.includes("alignment"));
}

const MB = (baht: number) => baht / 1_000_000;

function splitTable(title: string, rows: SplitRow[], label: (key: string) => string, ctx: BuildContext, width: number): TableSpec {
  const cells = (r: Pick<SplitRow, "inside" | "over" | "information">) => [
    ctx.fmt.num(r.inside.count),
    ctx.fmt.baht(r.inside.budget),
    ctx.fmt.num(r.over.count),
    ctx.fmt.baht(r.over.budget),
    ctx.fmt.num(r.information.count),
    ctx.fmt.baht(r.information.budget),
  ];
  const sum = (k: "inside" | "over" | "information") => ({
    count: rows.reduce((a, r) => a + r[k].count, 0),
    budget: rows.reduce((a, r) => a + r[k].budget, 0),
  });
  return {
    headers: [
      title,
      "ภายในกรอบวงเงิน (โครงการ)",
      "ภายในกรอบวงเงิน (บาท)",
      "เกินกรอบวงเงิน (โครงการ)",
      "เกินกรอบวงเงิน (บาท)",
      "รับทราบ (โครงการ)",
      "รับทราบ (บาท)",
    ],
    widths: widths(width, [2.6, 1.3, 2, 1.3, 2, 1.2, 1.9]),
    align: ["left", "right", "right", "right", "right", "right", "right"],
    rows: rows.map((r) => [label(r.key), ...cells(r)]),
    totals: [["รวม", ...cells({ inside: sum("inside"), over: sum("over"), information: sum("information") })]],
  };
}

/** The split, its totals in the sub-committees' terms, by kind and by strategic issue. */
export function splitSummaryBlocks(
  result: CheckResult,
  ctx: BuildContext,
  width: number,
  level: 1 | 2 = 1,
  s: CeilingSplit = ceilingSplit(result.model, fillOf(ctx, result)),
): Block[] {
  const unpriced = s.unpriced.inside + s.unpriced.over + s.unpriced.information;
  const ceiling = s.ceilings.province;
  const line =
    `ภายในกรอบวงเงิน ${ctx.fmt.num(s.inside.count)} โครงการ ${ctx.fmt.baht(s.inside.budget)} บาท (${ctx.fmt.num(Math.round(MB(s.inside.budget) * 100) / 100)} ล้านบาท) · ` +
    `เกินกรอบวงเงิน ${ctx.fmt.num(s.over.count)} โครงการ ${ctx.fmt.baht(s.over.budget)} บาท · ` +
    `รับทราบ ${ctx.fmt.num(s.information.count)} โครงการ ${ctx.fmt.baht(s.information.budget)} บาท`;
  return [
    heading("การจัดสรรตามกรอบวงเงิน (เรียงตามลำดับความสำคัญ)", level, { pageBreakBefore: level === 1 }),
    para(
      ctx.fmt.text(
        ceiling === null
          ? "ยังไม่ได้ระบุวงเงินงบจังหวัด: ทุกโครงการนับเป็นภายในกรอบวงเงิน"
          : `วงเงินงบจังหวัด ${ctx.fmt.baht(ceiling)} บาท โครงการเรียงตามลำดับความสำคัญ เข้าภายในกรอบวงเงินจนเต็มวงเงิน ที่เหลือเป็นเกินกรอบวงเงิน โครงการส่วนราชการที่เสนอเพื่อทราบนับแยก`,
      ),
    ),
    para(ctx.fmt.text(line), { bold: true }),
    ...(unpriced ? [para(ctx.fmt.text(`ยอดเงินไม่รวม ${unpriced} โครงการที่อ่านงบประมาณไม่ได้หรือไม่ได้ระบุ (นับเป็นเกินกรอบวงเงิน)`))] : []),
    splitTable("ประเภทโครงการ", s.byKind, (k) => kindTitle(k), ctx, width),
    splitTable("ประเด็นยุทธศาสตร์", s.byIssue, (k) => (k === "ไม่ระบุ" ? k : ctx.fmt.text(`ประเด็นที่ ${k}`)), ctx, width),
  ];
}

function named(text: string | null, find: (t: string) => { th: string; code: string } | undefined): string {
  if (!text) return "ไม่ระบุ";
  const e = find(text);
  return e ? `${e.code} ${e.th}`.trim() : `${text} (ไม่พบในรายการ)`;
}

/** One line per project: its Z-Y-X alignment, SDGs, 20-year goal and place against the ceiling. */
export function alignmentLine(p: Project, place: CeilingPlace | undefined, ctx: BuildContext): string {
  const sub = p.subPlan ? (ALIGNMENT.subPlan(p.subPlan)?.code ?? `${p.subPlan} (ไม่พบในรายการ)`) : "ไม่ระบุ";
  return ctx.fmt.text(
    `ยุทธศาสตร์ชาติ ${named(p.nationalStrategy, ALIGNMENT.strategy)} · แผนแม่บท ${named(p.masterPlan, ALIGNMENT.masterPlan)} · แผนย่อย ${sub} · ` +
      `หมุดหมาย ${named(p.milestone, ALIGNMENT.milestone)} · SDGs ${p.sdgs?.length ? p.sdgs.join(", ") : "ไม่ระบุ"} · ` +
      `เป้าหมาย 20 ปี ข้อ ${p.goal20No ?? "ไม่ระบุ"} · ลำดับความสำคัญ ${p.priority ?? "ไม่ระบุ"} · ${place ? PLACE_TH[place] : "ไม่ใช้กรอบวงเงิน"}`,
  );
}

/** Each project's alignment and place against the ceiling, one row per project (the packets print it). */
export function alignmentTable(
  result: CheckResult,
  ctx: BuildContext,
  width: number,
  split: CeilingSplit = ceilingSplit(result.model, fillOf(ctx, result)),
): TableSpec {
  const { places } = split;
  const code = (t: string | null, find: (t: string) => { code: string } | undefined) => (t ? (find(t)?.code ?? `${t} (?)`) : "ไม่ระบุ");
  return {
    headers: ["รหัสโครงการ", "ยุทธศาสตร์ชาติ", "แผนแม่บท", "แผนย่อย", "หมุดหมาย", "SDGs", "ลำดับความสำคัญ", "กรอบวงเงิน"],
    widths: widths(width, [1.8, 1.2, 1.2, 1.2, 1.2, 1.6, 1.3, 2.2]),
    align: ["left", "center", "center", "center", "center", "left", "center", "left"],
    rows: result.model.projects.rows.map((p, i) => [
      ctx.fmt.text(p.code ?? ""),
      ctx.fmt.text(code(p.nationalStrategy, ALIGNMENT.strategy)),
      ctx.fmt.text(code(p.masterPlan, ALIGNMENT.masterPlan)),
      ctx.fmt.text(p.subPlan ?? "-"),
      ctx.fmt.text(code(p.milestone, ALIGNMENT.milestone)),
      ctx.fmt.text(p.sdgs?.join(", ") ?? "-"),
      ctx.fmt.text(p.priority === null ? "-" : String(p.priority)),
      places[i] ? PLACE_TH[places[i]] : "ไม่ใช้กรอบวงเงิน",
    ]),
  };
}
