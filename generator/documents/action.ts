/**
 * 2. แผนปฏิบัติราชการประจำปี: the fiscal year's projects by strategic issue
 * and, under each, by kind with subtotals, in a landscape section; then the
 * budget by issue and kind, and by kind and source.
 */
import type { CheckResult, Project } from "../../core";
import { cover, heading, para, table, widths, type Block, type TableSpec } from "./blocks";
import { budgetByIssue, issueGroups, unreadableList } from "./budget-tables";
import { contentWeights } from "./column-widths";
import { budgetSummary } from "./common-tables";
import { coverSection, contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { TEXT_WIDTH } from "./style";
import { groupBy, KIND_ORDER, kindTitle, issuerOf, placeName, totalBudget, propertiesOf } from "./summary";
import { projectValues, type ProjectValues } from "./unreadable";

const HEADERS = [
  "ลำดับ",
  "รหัส",
  "ชื่อโครงการ",
  "แนวทาง",
  "หน่วยงานรับผิดชอบ",
  "สถานที่ดำเนินการ",
  "ระยะเวลา",
  "แหล่งงบประมาณ",
  "งบประมาณ (บาท)",
  "มติ",
];
const ALIGN = ["center", "left", "left", "center", "left", "left", "left", "left", "right", "center"] as const;
const W = TEXT_WIDTH.landscape;

/**
 * The whole list in one table, so 44 projects take a few pages: a shaded band
 * per strategic issue and a band per kind under it, each band with its
 * subtotal in the budget column; the grand total last.
 */
function listTable(result: CheckResult, ctx: BuildContext, values: ProjectValues): TableSpec {
  const f = ctx.fmt;
  const rows: string[][] = [];
  const bands: number[] = [];
  const shadedRows: number[] = [];
  const band = (label: string, list: readonly Project[]) => {
    bands.push(rows.length);
    rows.push([label, ...HEADERS.slice(1, -2).map(() => ""), f.baht(totalBudget(list)), ""]);
  };
  let n = 0;
  for (const g of issueGroups(result, ctx)) {
    shadedRows.push(rows.length);
    band(values.totalLabel(`${g.title} (${f.num(g.projects.length)} โครงการ)`, g.projects), g.projects);
    for (const [kind, list] of groupBy(g.projects, (p) => p.kind, KIND_ORDER)) {
      band(values.totalLabel(`${kindTitle(kind)} (${f.num(list.length)} โครงการ)`, list), list);
      for (const p of list)
        rows.push([
          f.num(++n),
          f.text(p.code),
          p.name ?? "",
          f.text(p.approachCode ?? "-"),
          p.agency ?? "",
          p.location ?? "",
          values.period(p),
          p.budgetSource ?? "",
          values.budget(p),
          p.decision ?? "",
        ]);
    }
  }
  const all = result.model.projects.rows;
  const spec = { headers: HEADERS, rows, bands };
  return table({
    headers: HEADERS,
    widths: widths(W, contentWeights(spec, W / 4, 2)),
    align: [...ALIGN],
    rows,
    bands,
    shadedRows,
    totals: [["", "", values.totalLabel("รวมทั้งสิ้น", all), "", "", "", "", "", f.baht(totalBudget(all)), ""]],
  });
}

export function actionPlanTitle(result: CheckResult, ctx: BuildContext): string {
  return `แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ${ctx.fmt.text(result.model.info.values.fiscalYear ?? "-")}`;
}

export function buildActionPlanDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const values = projectValues(result, ctx);
  const v = result.model.info.values;
  const name = actionPlanTitle(result, ctx);
  const all = result.model.projects.rows;
  const front = cover({
    letterhead: letterheadFor(ctx, issuerOf(result)),
    title: name,
    lines: [
      placeName(result),
      ctx.fmt.text(`จำนวน ${ctx.fmt.num(all.length)} โครงการ งบประมาณรวม ${ctx.fmt.baht(totalBudget(all))} บาท`),
      v.preparedBy ?? "",
    ],
  });
  const body: Block[] = [heading(`บัญชีโครงการ ${placeName(result)} ${name.replace(/^แผนปฏิบัติราชการประจำ/, "")}`, 1)];
  body.push(all.length ? listTable(result, ctx, values) : para("ไม่มีโครงการในแบบฟอร์ม"));
  const note = values.totalNote(all);
  if (note) body.push(para(`หมายเหตุ: ยอดรวมงบประมาณ${note} (${unreadableList(values, all, ctx)})`));
  const summary: Block[] = [
    heading(`สรุปงบประมาณ ${name.replace(/^แผนปฏิบัติราชการประจำ/, "")}`, 1),
    heading("ตามประเด็นยุทธศาสตร์และประเภทโครงการ", 2),
    ...budgetByIssue(result, ctx, values, TEXT_WIDTH.portrait),
    heading("ตามประเภทโครงการและแหล่งงบประมาณ", 2),
    ...budgetSummary(all, ctx, TEXT_WIDTH.portrait, values),
  ];
  return docSpec(name, [coverSection(front), section(body, "landscape"), section(summary)], opts, false, propertiesOf(result));
}
