/** Tables more than one document prints: projects, budget by kind and source, findings. */
import type { Finding, Project } from "../../core";
import { para, table, widths, type Block, type TableSpec } from "./blocks";
import { contentWeights } from "./column-widths";
import { criterionLabel, severityTh } from "./criteria";
import type { BuildContext } from "./document";
import { groupBy, KIND_ORDER, kindTitle, SOURCE_ORDER, totalBudget } from "./summary";
import type { ProjectValues } from "./unreadable";

/**
 * Code, name, agency, budget: the short project list under an issue or in a
 * packet. Given `values`, a budget the workbook could not read shows as such
 * and the total says it leaves it out.
 */
export function projectTable(projects: readonly Project[], ctx: BuildContext, width: number, values?: ProjectValues): TableSpec {
  const budget = (p: Project) => (values ? values.budget(p) : ctx.fmt.baht(p.budget));
  return {
    headers: ["ลำดับ", "รหัส", "ชื่อโครงการ", "หน่วยงานรับผิดชอบ", "งบประมาณ (บาท)"],
    widths: widths(width, [1.2, 2, 3.9, 2.4, 2.5]),
    align: ["center", "left", "left", "left", "right"],
    rows: projects.map((p, i) => [ctx.fmt.num(i + 1), ctx.fmt.text(p.code), p.name ?? "", p.agency ?? "", budget(p)]),
    totals: [["", "", values ? values.totalLabel("รวม", projects) : "รวม", "", ctx.fmt.baht(totalBudget(projects))]],
  };
}

/** projectTable with its columns as wide as their content needs (names wider, codes and figures narrower). */
export function fittedProjectTable(projects: readonly Project[], ctx: BuildContext, width: number, values?: ProjectValues): TableSpec {
  const spec = projectTable(projects, ctx, width, values);
  return { ...spec, widths: widths(width, contentWeights(spec, width / 2.5, 2)) };
}

/**
 * Budget by kind and source, the grand total, and the total in words
 * (บาทถ้วน). Given `values`, a total that leaves out a budget the workbook
 * could not read says so.
 */
export function budgetSummary(projects: readonly Project[], ctx: BuildContext, width: number, values?: ProjectValues): Block[] {
  const rows: string[][] = [];
  const label = (text: string, list: readonly Project[]) => (values ? values.totalLabel(text, list) : text);
  for (const [kind, ofKind] of groupBy(projects, (p) => p.kind, KIND_ORDER)) {
    for (const [source, list] of groupBy(ofKind, (p) => p.budgetSource, SOURCE_ORDER)) {
      rows.push([label(kindTitle(kind), list), source, ctx.fmt.num(list.length), ctx.fmt.baht(totalBudget(list))]);
    }
  }
  const total = totalBudget(projects);
  const note = values?.totalNote(projects);
  return [
    {
      headers: ["ประเภทโครงการ", "แหล่งงบประมาณ", "จำนวนโครงการ", "งบประมาณ (บาท)"],
      widths: widths(width, [4, 3, 1.6, 2.4]),
      align: ["left", "left", "right", "right"],
      rows,
      totals: [[label("รวมทั้งสิ้น", projects), "", ctx.fmt.num(projects.length), ctx.fmt.baht(total)]],
    },
    para(`รวมงบประมาณทั้งสิ้น ${ctx.fmt.baht(total)} บาท (${ctx.fmt.bahtWords(total)})${note ? ` ${note}` : ""}`, { bold: true }),
  ];
}

/** A fix hint without the command-line names a committee has no use for ("…ด้วยคำสั่ง phaen score"). */
function commandFree(fix: string): string {
  return fix.replace(/\s*(?:ได้)?(?:ด้วย)?คำสั่ง\s*phaen(?:\s+[a-z-]+)?/g, "").trim();
}

/** Findings with their sheet and cell, so a committee can point at the cell. */
export function findingsTable(findings: readonly Finding[], ctx: BuildContext, width: number) {
  return table({
    headers: ["เกณฑ์", "ระดับ", "แผ่นงาน!เซลล์", "ข้อค้นพบ", "วิธีแก้ไข"],
    widths: widths(width, [2.1, 1.5, 2.2, 4.2, 3.2]),
    rows: findings.map((f) => [
      ctx.fmt.text(criterionLabel(f.criterion)),
      severityTh(f.severity),
      ctx.fmt.text(`${f.sheet}!${f.cell}`),
      ctx.fmt.text(f.message),
      commandFree(f.fix),
    ]),
  });
}
