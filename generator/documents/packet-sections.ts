/**
 * One province's section of a packet (its item under เรื่องเพื่อพิจารณา):
 * plan summary, the projects to decide on inside and over the ceiling,
 * the screening summary with its errors spelled out, the KPI result.
 * Written one province at a time, so a national packet streams.
 */
import { ceilingSplit, type CheckResult } from "../../core";
import { field, heading, keepTail, para, table, widths, type Block } from "./blocks";
import { ceilingBlocks, fillOf } from "./ceiling-tables";
import { budgetSummary } from "./common-tables";
import { criterionLabel, indexFindings, type FindingIndex } from "./criteria";
import { provinceCutsBlocks } from "./diff";
import { thaiDigitBlocks, type BuildContext } from "./document";
import { kpiResultLines } from "./kpi";
import { alignmentOn, alignmentTable, splitSummaryBlocks } from "./alignment-tables";
import { provinceHeading } from "./packet-agenda";
import type { PacketInput } from "./packet-types";
import { screeningSummaryTable } from "./screening";
import { TEXT_WIDTH } from "./style";
import { leftOutNote } from "./unreadable";

/** The section is landscape: the decision table needs the width. */
const W = TEXT_WIDTH.landscape;

/** The headings of each province's section, known before the sections are written (for the contents). */
export const PROVINCE_SUBHEADINGS = ["สรุปแผน", "ผลการพิจารณาโครงการตามกรอบวงเงิน", "ผลการพิจารณากลั่นกรอง", "ผลการดำเนินงานตัวชี้วัดที่ 3.6"] as const;

/**
 * The errors themselves, so a committee reads what is wrong (a missing member, a ceiling overrun, an
 * unreadable budget): those about the plan here; a project's stand in the reasons of its decision row.
 */
function errorList(r: CheckResult, index: FindingIndex, ctx: BuildContext): Block[] {
  const errors = [...index.plan, ...index.other].filter((f) => f.severity === "error");
  const ofProjects = [...index.byProject.values()].some((list) => list.some((f) => f.severity === "error"));
  const note = ofProjects ? [para(`ข้อผิดพลาดของแต่ละโครงการอยู่ในช่องเหตุผลของตาราง${PROVINCE_SUBHEADINGS[1]}`)] : [];
  if (!errors.length) return [para(ofProjects ? "ไม่มีข้อผิดพลาดระดับแผน" : "ไม่มีข้อผิดพลาด"), ...note];
  return [
    table({
      headers: ["เกณฑ์", "ข้อผิดพลาด"],
      widths: widths(W, [1.6, 10.4]),
      rows: errors.map((f) => [ctx.fmt.text(criterionLabel(f.criterion)), ctx.fmt.text(f.message)]),
    }),
    ...note,
  ];
}

/** One province's section (item `i` of เรื่องเพื่อพิจารณา). */
export function packetProvinceBlocks(input: PacketInput, i: number, ctx: BuildContext): Block[] {
  const entry = input.entries[i];
  const r = entry.result;
  const v = r.model.info.values;
  const vision = r.model.positioning.rows.find((p) => p.type === "วิสัยทัศน์")?.text;
  const index = indexFindings(r);
  const left = leftOutNote(r.model, r.model.projects.rows, ctx);
  // One split for the decision tables and the 2565 decree's split and alignment tables.
  const split = ceilingSplit(r.model, fillOf(ctx, r));
  const blocks = keepTail([
    heading(provinceHeading(input, i, ctx), 1, { pageBreakBefore: true }),
    heading(PROVINCE_SUBHEADINGS[0], 2),
    field("กลุ่มจังหวัด:", entry.cluster),
    field(
      "ระยะเวลาของแผน:",
      ctx.fmt.text(`พ.ศ. ${v.planFirstYear ?? "-"} – ${v.planLastYear ?? "-"} (ปีงบประมาณ พ.ศ. ${v.fiscalYear ?? "-"})`),
    ),
    field("สถานะแผน:", v.planStatus ?? ""),
    field("วิสัยทัศน์:", vision ?? ""),
    field("ประเด็นยุทธศาสตร์:", ctx.fmt.text(`${r.model.issues.rows.length} ประเด็น`)),
    ...budgetSummary(r.model.projects.rows, ctx, W),
    ...(left ? [para(`งบประมาณรวม${left}`)] : []),
    ...(entry.previous ? provinceCutsBlocks(entry.previous, ctx) : []),
    ...ceilingBlocks(r, ctx, index, { level: 2, width: W, split }),
    // The 2565 decree's workbooks: the split by kind and issue and each project's national alignment.
    ...(alignmentOn(r)
      ? [...splitSummaryBlocks(r, ctx, W, 2, split), heading("ความสอดคล้องกับแผนระดับชาติรายโครงการ", 2), alignmentTable(r, ctx, W, split)]
      : []),
    heading(PROVINCE_SUBHEADINGS[2], 2),
    para(ctx.fmt.text(`ข้อผิดพลาด ${r.counts.error} รายการ คำเตือน ${r.counts.warning} รายการ`)),
    screeningSummaryTable(r, ctx, index, W),
    { ...para("ข้อผิดพลาดที่ต้องแก้ไขก่อนพิจารณา", { bold: true }), keepNext: true },
    ...errorList(r, index, ctx),
    heading(PROVINCE_SUBHEADINGS[3], 2),
    ...kpiResultLines(r, ctx),
  ]);
  // Written one at a time, outside docSpec: its Thai digits are applied here.
  return thaiDigitBlocks(blocks, ctx.fmt.thaiDigits);
}
