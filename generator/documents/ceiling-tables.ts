/**
 * What a committee decides with (DOMAIN.md §10): each project's recommended
 * result and reasons, its priority, inside or over the ceiling, a column for
 * the secretariat's opinion and one for the decision; totals inside and over.
 * The split is core's (core/budget/split.ts), the one every document uses.
 */
import { ceilingSplit, DEFAULT_CEILING_FILL, type CeilingFill, type CeilingKind, type CheckResult, type Project } from "../../core";
import { heading, para, table, widths, type Block } from "./blocks";
import type { FindingIndex } from "./criteria";
import type { BuildContext } from "./document";
import { TEXT_WIDTH } from "./style";
import { budgetText, leftOutNote } from "./unreadable";
import { reasonsOf, verdictOf } from "./verdict";

export const INSIDE = "ภายในกรอบวงเงิน";
export const OVER = "เกินกรอบวงเงิน";
export const FOR_INFORMATION = "รับทราบ (โครงการส่วนราชการ)";
export const OFF_CEILING = "ไม่ใช้กรอบวงเงิน";
export const POOL_NAME: Record<CeilingKind, string> = { province: "งบจังหวัด", cluster: "งบกลุ่มจังหวัด" };
/** The headers of the decision table: a test and the packet read them. */
export const DECISION_HEADERS = ["ลำดับความสำคัญ", "รหัส", "ชื่อโครงการ", "งบประมาณ (บาท)", "ผลการพิจารณา", "เหตุผล", "ความเห็นฝ่ายเลขานุการ", "มติ"];

/** The fill rule in words, printed beside the split so a committee knows how it was made (a setting, unsourced). */
export function fillRuleText(fill: CeilingFill): string {
  const order = fill.order === "priority" ? "เรียงตามลำดับความสำคัญ (โครงการที่ไม่ระบุลำดับอยู่ท้าย) แล้วตามลำดับในแบบฟอร์ม" : "ตามลำดับในแบบฟอร์ม";
  const after =
    fill.afterOverflow === "over"
      ? "โครงการแรกที่ทำให้เกินวงเงินและโครงการถัดไปทั้งหมดถือว่าเกินกรอบวงเงิน"
      : "โครงการที่ทำให้เกินวงเงินถือว่าเกินกรอบวงเงิน โครงการถัดไปที่ยังอยู่ในวงเงินนับเข้าได้";
  return `${order} นับเข้ากรอบวงเงินจนเต็ม ${after} โครงการที่อ่านงบประมาณไม่ได้ถือว่าเกินกรอบวงเงิน (ค่าตั้งต้นของโปรแกรม ไม่มีแหล่งอ้างอิงกำหนด)`;
}

export interface DecisionRow {
  project: Project;
  /** The project's workbook, for its findings and unreadable cells. */
  result: CheckResult;
  index: FindingIndex;
}

/** The per-project decision table: result and reasons from the findings, blank opinion, the workbook's มติ. */
export function decisionTable(rows: readonly DecisionRow[], ctx: BuildContext, width: number = TEXT_WIDTH.landscape) {
  const f = ctx.fmt;
  const projects = rows.map((r) => r.project);
  const readable = projects.reduce((a, p) => a + (p.budget ?? 0), 0);
  const notes = [...new Set(rows.map((r) => r.result))].map((res) =>
    leftOutNote(
      res.model,
      projects.filter((p) => res.model.projects.rows.includes(p)),
      ctx,
    ),
  );
  return table({
    headers: DECISION_HEADERS,
    widths: widths(width, [1.3, 2, 4.2, 2.1, 2.1, 4.4, 2, 1.3]),
    align: ["center", "left", "left", "right", "center", "left", "left", "center"],
    rows: rows.map(({ project: p, result, index }) => {
      const own = index.byProject.get(p) ?? [];
      return [
        p.priority === null ? "ไม่ระบุ" : f.num(p.priority),
        f.text(p.code),
        p.name ?? "",
        budgetText(result.model, p, ctx),
        verdictOf(own),
        f.text(reasonsOf(own).join("; ")),
        "",
        p.decision ?? "",
      ];
    }),
    totals: [["", "", "รวม", f.baht(readable), "", notes.filter(Boolean).join(" "), "", ""]],
  });
}

/** The fill rule: the caller's, else the workbook's pack's, else the stated default. */
export function fillOf(ctx: BuildContext, result: CheckResult): CeilingFill {
  return ctx.ceilingFill ?? result.pack?.ceilingFill ?? DEFAULT_CEILING_FILL;
}

/** The ceiling split: the ceilings and their totals, the rule, then the parts headed ภายในกรอบวงเงิน and เกินกรอบวงเงิน. */
export function ceilingBlocks(
  result: CheckResult,
  ctx: BuildContext,
  index: FindingIndex,
  opts: { pageBreakBefore?: boolean; level?: 1 | 2; width?: number } = {},
): Block[] {
  const f = ctx.fmt;
  const level = opts.level ?? 1;
  const split = ceilingSplit(result.model, fillOf(ctx, result));
  const rows = result.model.projects.rows;
  const order = (list: number[]) =>
    list.sort(
      (a, b) => (fillOf(ctx, result).order === "priority" ? (rows[a].priority ?? Infinity) - (rows[b].priority ?? Infinity) : 0) || a - b,
    );
  const at = (want: (i: number) => boolean) => order(rows.map((_, i) => i).filter(want));
  const line = (kind: CeilingKind) => {
    const on = (place: "inside" | "over") => at((i) => split.pools[i] === kind && split.places[i] === place).map((i) => rows[i]);
    const sum = (list: Project[]) => `${f.num(list.length)} โครงการ ${f.baht(list.reduce((a, p) => a + (p.budget ?? 0), 0))} บาท`;
    const limit = split.ceilings[kind];
    const head = `วงเงิน${POOL_NAME[kind]} ${limit === null ? "ไม่ได้ระบุ (ทุกโครงการนับเป็นภายในกรอบวงเงิน)" : `${f.baht(limit)} บาท`}`;
    return f.text(`${head}: ${INSIDE} ${sum(on("inside"))} · ${OVER} ${sum(on("over"))}`);
  };
  const kinds = (["province", "cluster"] as const).filter((k) => split.pools.includes(k) || split.ceilings[k] !== null);
  const part = (title: string, list: number[], always: boolean): Block[] => {
    if (!list.length && !always) return [];
    const projects = list.map((i) => rows[i]);
    const note = leftOutNote(result.model, projects, ctx);
    const total = `${f.num(list.length)} โครงการ รวม ${f.baht(projects.reduce((a, p) => a + (p.budget ?? 0), 0))} บาท${note ? ` ${note}` : ""}`;
    return [
      heading(f.text(`${title} (${total})`), level === 1 ? 2 : 3),
      list.length
        ? decisionTable(
            projects.map((project) => ({ project, result, index })),
            ctx,
            opts.width,
          )
        : para("ไม่มีโครงการ"),
    ];
  };
  return [
    heading("ผลการพิจารณาโครงการตามกรอบวงเงิน", level, { pageBreakBefore: opts.pageBreakBefore }),
    ...(kinds.length ? kinds.map((k) => para(line(k))) : [para("ไม่มีโครงการที่ใช้วงเงินงบจังหวัดหรืองบกลุ่มจังหวัด")]),
    para(`วิธีนับเข้ากรอบวงเงิน: ${fillRuleText(fillOf(ctx, result))}`),
    ...part(
      INSIDE,
      at((i) => split.places[i] === "inside"),
      true,
    ),
    ...part(
      OVER,
      at((i) => split.places[i] === "over"),
      true,
    ),
    ...part(
      FOR_INFORMATION,
      at((i) => split.places[i] === "information"),
      false,
    ),
    // Other sources, rejected and deferred projects: listed so that every project has a row to decide on.
    ...part(
      OFF_CEILING,
      at((i) => split.places[i] === undefined),
      false,
    ),
  ];
}
