/** 4. รายงานผลการพิจารณากลั่นกรอง: summary first, then the plan and every project against criteria 1.1–4.4. */
import {
  ceilingSplit,
  costPerBeneficiary,
  CRITERION_NAMES,
  CRITERION_ORDER,
  isNumberedCriterion,
  type CheckResult,
  type Finding,
  type Project,
} from "../../core";
import { cover, heading, para, table, widths, type Block, type TableSpec } from "./blocks";
import { findingsTable } from "./common-tables";
import { alignmentLine, alignmentOn, ceilingBlocks } from "./ceiling";
import { contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { criterionMet, indexFindings, NUMBERED_CRITERIA, PLAN_ONLY_CRITERIA, type FindingIndex } from "./criteria";
import { TEXT_WIDTH } from "./style";
import { issuerOf, placeName } from "./summary";

const W = TEXT_WIDTH.portrait;
const MET = "ผ่าน";
const NOT_MET = "ไม่ผ่าน";
/** Where a plan-level criterion sits in a project's table: judged once, in the plan's table. */
const AT_PLAN_LEVEL = "–";

export function screeningSummaryTable(result: CheckResult, ctx: BuildContext, index: FindingIndex = indexFindings(result)): TableSpec {
  const projects = result.model.projects.rows;
  return {
    headers: ["เกณฑ์", "หลักเกณฑ์", "ระดับแผน", "โครงการที่ผ่าน", "ข้อผิดพลาด", "คำเตือน"],
    widths: widths(W, [1.1, 4.8, 1.4, 1.8, 1.4, 1.3]),
    align: ["center", "left", "center", "center", "right", "right"],
    rows: NUMBERED_CRITERIA.map((c) => {
      const passed = projects.filter((p) => criterionMet(index.byProject.get(p) ?? [], c.id)).length;
      const all = result.findings.filter((f) => f.criterion === c.id);
      return [
        ctx.fmt.text(c.id),
        c.th,
        criterionMet(index.plan, c.id) ? MET : NOT_MET,
        PLAN_ONLY_CRITERIA.has(c.id) ? AT_PLAN_LEVEL : ctx.fmt.text(`${passed}/${projects.length}`),
        ctx.fmt.num(all.filter((f) => f.severity === "error").length),
        ctx.fmt.num(all.filter((f) => f.severity === "warning").length),
      ];
    }),
  };
}

/**
 * One table of verdicts: every numbered criterion, then a row for each other
 * family with findings here (data, budget, …), so no error about the plan or
 * a project is left out of the report the committee reads.
 */
function criteriaTable(findings: readonly Finding[], ctx: BuildContext, scope: "plan" | "project") {
  const notesOf = (own: readonly Finding[]) => own.map((f) => ctx.fmt.text(`${f.message} (${f.sheet}!${f.cell})`)).join("; ");
  const numbered = NUMBERED_CRITERIA.map((c) => {
    if (scope === "project" && PLAN_ONLY_CRITERIA.has(c.id)) return [ctx.fmt.text(c.id), c.th, AT_PLAN_LEVEL, "พิจารณาในระดับแผน"];
    const own = findings.filter((f) => f.criterion === c.id);
    return [ctx.fmt.text(c.id), c.th, criterionMet(own, c.id) ? MET : NOT_MET, notesOf(own)];
  });
  const families = CRITERION_ORDER.filter((c) => !isNumberedCriterion(c) && findings.some((f) => f.criterion === c)).map((c) => {
    const own = findings.filter((f) => f.criterion === c);
    return ["อื่น ๆ", CRITERION_NAMES[c].th, criterionMet(own, c) ? MET : NOT_MET, notesOf(own)];
  });
  return table({
    headers: ["เกณฑ์", "หลักเกณฑ์", "ผล", "ข้อค้นพบ (แผ่นงาน!เซลล์)"],
    widths: widths(W, [1.1, 3.8, 1.3, 5.6]),
    align: ["center", "left", "center", "left"],
    rows: [...numbered, ...families],
  });
}

/** The figures 4.4 judges: budget, beneficiaries, and the cost per beneficiary worked out from them. */
function projectFigures(p: Project, ctx: BuildContext): string {
  const cost = costPerBeneficiary(p);
  const people = p.beneficiaries === null ? "ไม่ระบุ" : `${ctx.fmt.num(p.beneficiaries)} คน`;
  const perHead = cost === null ? "คำนวณไม่ได้" : `${ctx.fmt.baht(Math.round(cost * 100) / 100)} บาท/คน`;
  return `งบประมาณ ${p.budget === null ? "ไม่ระบุ" : `${ctx.fmt.baht(p.budget)} บาท`} ผู้รับประโยชน์ ${people} ต้นทุนต่อผู้รับประโยชน์ ${perHead}`;
}

/** The screening body: summary, plan, projects, other findings; reused by the committee packet. */
export function screeningBlocks(result: CheckResult, ctx: BuildContext): Block[] {
  const index = indexFindings(result);
  const c = result.counts;
  const blocks: Block[] = [
    heading("สรุปผลการพิจารณากลั่นกรอง", 1),
    para(
      ctx.fmt.text(
        `${placeName(result)} โครงการ ${result.model.projects.rows.length} โครงการ ข้อผิดพลาด ${c.error} รายการ คำเตือน ${c.warning} รายการ ข้อสังเกต ${c.info} รายการ`,
      ),
    ),
    screeningSummaryTable(result, ctx, index),
    heading("ผลการพิจารณาระดับแผน", 1, { pageBreakBefore: true }),
    criteriaTable(index.plan, ctx, "plan"),
  ];
  // The 2565 decree's workbooks: the split inside and over the ceiling, and each project's alignment.
  const today = alignmentOn(result);
  if (today) blocks.push(...ceilingBlocks(result, ctx, W));
  const places = today ? ceilingSplit(result.model).places : [];
  result.model.projects.rows.forEach((p, i) => {
    blocks.push(heading(ctx.fmt.text(`โครงการ ${p.code ?? ""} ${p.name ?? ""}`), 2, { pageBreakBefore: i === 0 }));
    blocks.push(para(projectFigures(p, ctx)));
    if (today) blocks.push(para(alignmentLine(p, places[i], ctx)));
    blocks.push(criteriaTable(index.byProject.get(p) ?? [], ctx, "project"));
  });
  blocks.push(heading("ข้อค้นพบอื่น (คณะกรรมการ เวทีรับฟังความคิดเห็น ขั้นตอน งบประมาณ ข้อมูล)", 1, { pageBreakBefore: true }));
  blocks.push(index.other.length ? findingsTable(index.other, ctx, W) : para("ไม่มีข้อค้นพบอื่น"));
  return blocks;
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
  return docSpec(`${name} ${placeName(result)}`, [section(front), section(screeningBlocks(result, ctx))], opts);
}
