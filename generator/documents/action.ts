/** 2. แผนปฏิบัติราชการประจำปี: the fiscal year's projects by kind and budget source, in a landscape section. */
import type { CheckResult, Project } from "../../core";
import { cover, heading, para, table, widths, type Block } from "./blocks";
import { budgetSummary } from "./common-tables";
import { coverSection, contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { TEXT_WIDTH } from "./style";
import { groupBy, KIND_ORDER, kindTitle, issuerOf, placeName, SOURCE_ORDER, totalBudget, propertiesOf } from "./summary";

function wideTable(projects: readonly Project[], ctx: BuildContext) {
  return table({
    headers: ["ลำดับ", "รหัส", "ชื่อโครงการ", "ประเด็น/แนวทาง", "หน่วยงานรับผิดชอบ", "สถานที่ดำเนินการ", "ระยะเวลา", "งบประมาณ (บาท)", "มติ"],
    widths: widths(TEXT_WIDTH.landscape, [0.9, 1.3, 3.6, 1.3, 2.2, 2.0, 2.5, 2.3, 1.1]),
    align: ["center", "left", "left", "center", "left", "left", "left", "right", "center"],
    rows: projects.map((p, i) => [
      ctx.fmt.num(i + 1),
      ctx.fmt.text(p.code),
      p.name ?? "",
      ctx.fmt.text(`${p.issueNo ?? "-"} / ${p.approachCode ?? "-"}`),
      p.agency ?? "",
      p.location ?? "",
      ctx.fmt.period(p.startDate, p.endDate),
      ctx.fmt.baht(p.budget),
      p.decision ?? "",
    ]),
    totals: [["", "", "รวม", "", "", "", "", ctx.fmt.baht(totalBudget(projects)), ""]],
  });
}

export function buildActionPlanDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const v = result.model.info.values;
  const name = `แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ${ctx.fmt.text(v.fiscalYear ?? "-")}`;
  const front = cover({ letterhead: letterheadFor(ctx, issuerOf(result)), title: name, lines: [placeName(result), v.preparedBy ?? ""] });
  const body: Block[] = [heading(`บัญชีโครงการ ${placeName(result)}`, 1)];
  for (const [kind, ofKind] of groupBy(result.model.projects.rows, (p) => p.kind, KIND_ORDER)) {
    blocks(kind, ofKind);
  }
  function blocks(kind: string, ofKind: Project[]) {
    body.push(heading(kindTitle(kind), 2));
    for (const [source, list] of groupBy(ofKind, (p) => p.budgetSource, SOURCE_ORDER)) {
      body.push(heading(`${source} (${ctx.fmt.num(list.length)} โครงการ)`, 3), wideTable(list, ctx));
    }
  }
  if (!result.model.projects.rows.length) body.push(para("ไม่มีโครงการในแบบฟอร์ม"));
  const summary: Block[] = [
    heading("สรุปงบประมาณตามประเภทโครงการและแหล่งงบประมาณ", 1),
    ...budgetSummary(result.model.projects.rows, ctx, TEXT_WIDTH.portrait),
  ];
  return docSpec(name, [coverSection(front), section(body, "landscape"), section(summary)], opts, false, propertiesOf(result));
}
