/** 4. รายงานผลการพิจารณากลั่นกรอง: summary first, then the plan and every project against criteria 1.1–4.4. */
import {
  ceilingSplit,
  cellOf,
  costPerBeneficiary,
  CRITERION_NAMES,
  CRITERION_ORDER,
  isNumberedCriterion,
  type CheckResult,
  type Criterion,
  type Finding,
  type Project,
} from "../../core";
import { cover, heading, para, table, widths, type Block, type TableSpec } from "./blocks";
import { ceilingBlocks, fillOf } from "./ceiling-tables";
import { alignmentLine, alignmentOn } from "./alignment-tables";
import { findingsTable } from "./common-tables";
import {
  coverSection,
  contextOf,
  docSpec,
  letterheadFor,
  section,
  type BuildContext,
  type DocOptions,
  type DocSpec,
  type SectionSpec,
} from "./document";
import { indexFindings, NUMBERED_CRITERIA, PLAN_ONLY_CRITERIA, type FindingIndex } from "./criteria";
import { TEXT_WIDTH } from "./style";
import { groupInOrder, issuerOf, placeName, propertiesOf } from "./summary";
import { budgetText } from "./unreadable";
import { verdictOf } from "./verdict";

const W = TEXT_WIDTH.portrait;
/** Where a plan-level criterion sits in a project's table: judged once, in the plan's table. */
const AT_PLAN_LEVEL = "–";
/** Why 4.4 fails for a project whose budget is blank or unreadable. */
export const UNPRICED_44 = "อ่านงบประมาณไม่ได้หรือไม่ได้ระบุ จึงประเมินความคุ้มค่าไม่ได้";

/** The families outside the numbered criteria, in the summary's order after 4.4. */
const FAMILIES = CRITERION_ORDER.filter((c) => !isNumberedCriterion(c));

/** The cells of the projects' budget column ("sheet!cell"): a data finding there leaves 4.4 (value for money) unjudgeable. */
function budgetCells(result: CheckResult): Set<string> {
  const t = result.model.projects;
  return new Set(t.columns.budget ? t.rows.map((p) => `${t.sheet}!${cellOf(t, p, "budget")}`) : []);
}

/**
 * 2.3 (quality) is judged from 3.x and 4.x as well as its own findings, and 4.4 fails for a
 * budget that is blank or cannot be read; their rows count only their own findings.
 */
function countsToward(f: Finding, c: Criterion, budgets: ReadonlySet<string>): boolean {
  return (
    f.criterion === c ||
    (c === "2.3" && /^[34]\./.test(f.criterion)) ||
    ((c === "4.4" || c === "2.3") && f.criterion === "data" && budgets.has(`${f.sheet}!${f.cell}`))
  );
}

function verdictFindings(findings: readonly Finding[], c: Criterion, budgets: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => countsToward(f, c, budgets));
}

const judged = (f: Finding) => f.severity === "error" || f.severity === "warning";

/**
 * One row per numbered criterion and per family, so the error and warning
 * columns account for every finding and add up to the totals of the
 * heading above them (the last row, รวม).
 */
export function screeningSummaryTable(
  result: CheckResult,
  ctx: BuildContext,
  index: FindingIndex = indexFindings(result),
  width: number = W,
): TableSpec {
  const projects = result.model.projects.rows;
  const f = ctx.fmt;
  const budgets = budgetCells(result);
  const byCriterion = groupInOrder(result.findings, (x) => x.criterion);
  const ofCriterion = (c: Criterion) => byCriterion.get(c) ?? [];
  const count = (c: Criterion, s: Finding["severity"]) => ofCriterion(c).filter((x) => x.severity === s).length;
  // A project passes a criterion when none of its errors or warnings counts toward it.
  const failing = new Map<Criterion, number>();
  for (const p of projects) {
    const own = (index.byProject.get(p) ?? []).filter(judged);
    if (!own.length) continue;
    for (const c of NUMBERED_CRITERIA) if (own.some((x) => countsToward(x, c.id, budgets))) failing.set(c.id, (failing.get(c.id) ?? 0) + 1);
  }
  const all = [...index.plan, ...[...index.byProject.values()].flat()];
  const numbered = NUMBERED_CRITERIA.map((c) => {
    const passed = projects.length - (failing.get(c.id) ?? 0);
    return [
      f.text(c.id),
      c.th,
      verdictOf(verdictFindings(all, c.id, budgets)),
      PLAN_ONLY_CRITERIA.has(c.id) ? AT_PLAN_LEVEL : f.text(`${passed}/${projects.length}`),
      f.num(count(c.id, "error")),
      f.num(count(c.id, "warning")),
    ];
  });
  // A family the workbook's pack does not check (alignment before the 2565 decree) gets no row: it would read as "passed".
  const checked = FAMILIES.filter((c) => c !== "alignment" || result.pack?.features?.includes("alignment"));
  const families = checked.map((c) => [
    "อื่น ๆ",
    CRITERION_NAMES[c].th,
    verdictOf(ofCriterion(c)),
    AT_PLAN_LEVEL,
    f.num(count(c, "error")),
    f.num(count(c, "warning")),
  ]);
  return {
    headers: ["เกณฑ์", "หลักเกณฑ์", "ผล", "โครงการที่ผ่าน", "ข้อผิดพลาด", "คำเตือน"],
    widths: widths(width, [1.1, 4.8, 1.6, 1.8, 1.4, 1.3]),
    align: ["center", "left", "center", "center", "right", "right"],
    rows: [...numbered, ...families],
    totals: [["รวม", "", "", "", f.num(result.counts.error), f.num(result.counts.warning)]],
  };
}

/**
 * One table of verdicts: every numbered criterion, then a row for each other
 * family with findings here (data, budget, …), so no error about the plan or
 * a project is left out of the report the committee reads. Cell addresses
 * are for the planner: they stand in the annex, not here.
 */
function criteriaTable(findings: readonly Finding[], ctx: BuildContext, scope: "plan" | "project" | "other", budgets: ReadonlySet<string>) {
  const notesOf = (own: readonly Finding[]) => ctx.fmt.text(own.map((f) => f.message).join("; "));
  // The other families' table has no numbered rows: there they would read ผ่าน whatever the plan's verdict.
  const numbered = (scope === "other" ? [] : NUMBERED_CRITERIA).map((c) => {
    if (scope === "project" && PLAN_ONLY_CRITERIA.has(c.id)) return [ctx.fmt.text(c.id), c.th, AT_PLAN_LEVEL, "พิจารณาในระดับแผน"];
    const own = findings.filter((f) => f.criterion === c.id);
    const unpriced = c.id === "4.4" && findings.some((f) => f.criterion === "data" && budgets.has(`${f.sheet}!${f.cell}`));
    const notes = [...own.map((f) => f.message), ...(unpriced ? [UNPRICED_44] : [])].join("; ");
    return [ctx.fmt.text(c.id), c.th, verdictOf(verdictFindings(findings, c.id, budgets)), ctx.fmt.text(notes)];
  });
  const families = FAMILIES.filter((c) => findings.some((f) => f.criterion === c)).map((c) => {
    const own = findings.filter((f) => f.criterion === c);
    return ["อื่น ๆ", CRITERION_NAMES[c].th, verdictOf(own), notesOf(own)];
  });
  return table({
    headers: ["เกณฑ์", "หลักเกณฑ์", "ผล", "ข้อค้นพบ"],
    widths: widths(W, [1.1, 3.8, 1.6, 5.3]),
    align: ["center", "left", "center", "left"],
    rows: [...numbered, ...families],
  });
}

/** The figures 4.4 judges: budget, beneficiaries, and the cost per beneficiary worked out from them. */
function projectFigures(result: CheckResult, p: Project, ctx: BuildContext): string {
  const cost = costPerBeneficiary(p);
  const people = p.beneficiaries === null ? "ไม่ระบุ" : `${ctx.fmt.num(p.beneficiaries)} คน`;
  const perHead = cost === null ? "คำนวณไม่ได้" : `${ctx.fmt.baht(Math.round(cost * 100) / 100)} บาท/คน`;
  const budget = p.budget === null ? budgetText(result.model, p, ctx) : `${ctx.fmt.baht(p.budget)} บาท`;
  return `งบประมาณ ${budget} ผู้รับประโยชน์ ${people} ต้นทุนต่อผู้รับประโยชน์ ${perHead}`;
}

/** The screening report's sections: summary; the ceiling split (landscape); plan, projects and the annex of cells to fix. */
export function screeningSections(result: CheckResult, ctx: BuildContext): SectionSpec[] {
  const index = indexFindings(result);
  const budgets = budgetCells(result);
  const c = result.counts;
  const summary: Block[] = [
    heading("สรุปผลการพิจารณากลั่นกรอง", 1),
    para(
      ctx.fmt.text(
        `${placeName(result)} โครงการ ${result.model.projects.rows.length} โครงการ ข้อผิดพลาด ${c.error} รายการ คำเตือน ${c.warning} รายการ ข้อสังเกต ${c.info} รายการ`,
      ),
    ),
    screeningSummaryTable(result, ctx, index),
  ];
  const blocks: Block[] = [heading("ผลการพิจารณาระดับแผน", 1), criteriaTable(index.plan, ctx, "plan", budgets)];
  if (index.other.length) {
    blocks.push(heading("ข้อค้นพบอื่น (คณะกรรมการ เวทีรับฟังความคิดเห็น ขั้นตอน งบประมาณ ข้อมูล)", 2));
    blocks.push(criteriaTable(index.other, ctx, "other", budgets));
  }
  const today = alignmentOn(result);
  const split = ceilingSplit(result.model, fillOf(ctx, result));
  result.model.projects.rows.forEach((p, i) => {
    blocks.push(heading(ctx.fmt.text(`โครงการ ${p.code ?? ""} ${p.name ?? ""}`), 2, { pageBreakBefore: i === 0 }));
    blocks.push({ ...para(projectFigures(result, p, ctx)), keepNext: true });
    // The 2565 decree's workbooks: each project's national alignment and place against the ceiling.
    if (today) blocks.push({ ...para(alignmentLine(p, split.places[i], ctx)), keepNext: true });
    blocks.push(criteriaTable(index.byProject.get(p) ?? [], ctx, "project", budgets));
  });
  blocks.push(heading("ภาคผนวก ตำแหน่งในแบบฟอร์มที่ต้องแก้ไข", 1, { pageBreakBefore: true }));
  blocks.push(para("สำหรับผู้จัดทำแผน: แผ่นงานและเซลล์ของแต่ละข้อค้นพบ พร้อมวิธีแก้ไข"));
  blocks.push(result.findings.length ? findingsTable(result.findings, ctx, W) : para("ไม่มีข้อค้นพบ"));
  return [section(summary), section(ceilingBlocks(result, ctx, index, { split }), "landscape"), section(blocks)];
}

export function buildScreeningDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const v = result.model.info.values;
  const name = "รายงานผลการพิจารณากลั่นกรองแผนและโครงการ";
  const front = cover({
    letterhead: letterheadFor(ctx, issuerOf(result)),
    title: name,
    lines: [placeName(result), ctx.fmt.text(`ประจำปีงบประมาณ พ.ศ. ${v.fiscalYear ?? "-"}`)],
  });
  return docSpec(
    `${name} ${placeName(result)}`,
    [coverSection(front), ...screeningSections(result, ctx)],
    opts,
    false,
    propertiesOf(result),
  );
}
