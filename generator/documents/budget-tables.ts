/** Projects and budget by strategic issue (in the plan's order) and by kind: the plan's summary and the action plan's lists. */
import type { CheckResult, Project } from "../../core";
import { para, table, widths, type Block, type TableSpec } from "./blocks";
import type { BuildContext } from "./document";
import { groupBy, KIND_ORDER, kindTitle, totalBudget } from "./summary";
import type { ProjectValues } from "./unreadable";

export interface IssueGroup {
  /** "ประเด็นยุทธศาสตร์ที่ 1 พัฒนาการท่องเที่ยว…", or why the projects have no issue of the plan. */
  title: string;
  projects: Project[];
}

/**
 * The projects under each strategic issue, issues in their number's order as
 * the plan lists them (an issue without projects too); projects naming an
 * issue the plan lacks, then those naming none, last.
 */
export function issueGroups(result: CheckResult, ctx: BuildContext, withEmpty = false): IssueGroup[] {
  const m = result.model;
  const issues = [...m.issues.rows].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity));
  const known = new Set(issues.map((i) => i.no));
  const out: IssueGroup[] = issues
    .map((i) => ({
      title: ctx.fmt.text(`ประเด็นยุทธศาสตร์ที่ ${i.no ?? "-"} ${i.name ?? ""}`.trim()),
      projects: m.projects.rows.filter((p) => p.issueNo !== null && p.issueNo === i.no),
    }))
    .filter((g) => withEmpty || g.projects.length);
  const stray = m.projects.rows.filter((p) => p.issueNo !== null && !known.has(p.issueNo));
  for (const [no, list] of groupBy(stray, (p) => p.issueNo, []))
    out.push({ title: ctx.fmt.text(`ประเด็นยุทธศาสตร์ที่ ${no} (ไม่มีประเด็นนี้ในแผน)`), projects: list });
  const none = m.projects.rows.filter((p) => p.issueNo === null);
  if (none.length) out.push({ title: "ไม่ระบุประเด็นยุทธศาสตร์", projects: none });
  return out;
}

function share(part: number, whole: number, ctx: BuildContext): string {
  return whole > 0 ? ctx.fmt.fixed(Math.round((part / whole) * 1000) / 10, 1) : "-";
}

/**
 * Budget by strategic issue and, under each, by kind of project: a band per
 * issue, a row per kind, the issue's subtotal; the grand total is the plan's
 * total. A total that leaves out a budget the workbook could not read says so.
 */
export function budgetByIssue(result: CheckResult, ctx: BuildContext, values: ProjectValues, width: number): Block[] {
  const all = result.model.projects.rows;
  const grand = totalBudget(all);
  const rows: string[][] = [];
  const bands: number[] = [];
  const boldRows: number[] = [];
  for (const g of issueGroups(result, ctx)) {
    bands.push(rows.length);
    rows.push([g.title, "", "", ""]);
    for (const [kind, list] of groupBy(g.projects, (p) => p.kind, KIND_ORDER))
      rows.push([
        values.totalLabel(kindTitle(kind), list),
        ctx.fmt.num(list.length),
        ctx.fmt.baht(totalBudget(list)),
        share(totalBudget(list), grand, ctx),
      ]);
    boldRows.push(rows.length);
    rows.push([
      values.totalLabel(`รวม${g.title.replace(/^(ประเด็นยุทธศาสตร์ที่ \S+).*$/, "$1")}`, g.projects),
      ctx.fmt.num(g.projects.length),
      ctx.fmt.baht(totalBudget(g.projects)),
      share(totalBudget(g.projects), grand, ctx),
    ]);
  }
  const spec: TableSpec = {
    headers: ["ประเด็นยุทธศาสตร์/ประเภทโครงการ", "จำนวนโครงการ", "งบประมาณ (บาท)", "ร้อยละ"],
    widths: widths(width, [6, 1.6, 2.2, 1.2]),
    align: ["left", "right", "right", "right"],
    rows,
    bands,
    boldRows,
    totals: [[values.totalLabel("รวมทั้งสิ้น", all), ctx.fmt.num(all.length), ctx.fmt.baht(grand), all.length ? ctx.fmt.text("100.0") : "-"]],
  };
  const blocks: Block[] = [table(spec)];
  const note = values.totalNote(all);
  if (note) blocks.push(para(`หมายเหตุ: ยอดรวมงบประมาณ${note} (${unreadableList(values, all, ctx)})`));
  return blocks;
}

/** "TR52-016 งบประมาณ อ่านไม่ได้ (#REF!)": which projects a total leaves out. */
export function unreadableList(values: ProjectValues, projects: readonly Project[], ctx: BuildContext): string {
  return values
    .unreadableBudgets(projects)
    .map((p) => `${ctx.fmt.text(p.code ?? "")} ${p.name ?? ""} งบประมาณ${values.budget(p)}`.trim())
    .join("; ");
}
