/** 5. รายงานผลการดำเนินงานตัวชี้วัดที่ 3.6: steps, dates, evidence, level, score and weighted score. */
import type { CheckResult, KpiRecord, KpiResult } from "../../core";
import { cover, field, heading, para, table, widths, type Block } from "./blocks";
import { coverSection, contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { TEXT_WIDTH } from "./style";
import { meetingBlocks, notAssessedText, stopReasonLines, uncountedNote } from "./kpi-parts";
import { issuerOf, placeName, propertiesOf } from "./summary";
import { unreadableRaw, unreadableText } from "./unreadable";

export const KPI_TITLE = "รายงานผลการดำเนินงานตัวชี้วัดที่ 3.6";
const KPI_NAME = "ระดับความสำเร็จของการดำเนินการตามแผนงานด้านความมั่นคงชายแดนและชายฝั่งทะเล";

function stepRows(result: CheckResult, kpi: KpiResult | undefined, ctx: BuildContext): string[][] {
  const records = result.model.kpi.rows.filter((r) => !kpi || !r.kpiId || r.kpiId === kpi.kpiId);
  const byStep = new Map<string, KpiRecord>(records.map((r) => [String(r.step), r]));
  const f = ctx.fmt;
  // A date the workbook held but could not read is printed as such, not as a blank.
  const date = (r: KpiRecord | undefined, key: "dueDate" | "doneDate") => {
    if (!r || r[key]) return f.date(r?.[key]);
    const raw = unreadableRaw(result.model, result.model.kpi, r, key);
    return raw === null ? "" : f.text(unreadableText(raw));
  };
  if (kpi?.levels.length) {
    return kpi.levels.flatMap((l) =>
      l.steps.map((s) => {
        const r = byStep.get(s.code);
        return [
          f.num(l.level),
          f.text(s.code),
          r?.description ?? "",
          date(r, "dueDate"),
          date(r, "doneDate"),
          r?.evidence ?? "",
          s.met ? "ผ่าน" : "ไม่ผ่าน",
          f.text([...s.reasons.map((x) => x.th), ...(s.met ? [uncountedNote(kpi, l.level)] : [])].filter(Boolean).join("; ")),
        ];
      }),
    );
  }
  return records.map((r) => [
    f.num(r.level),
    f.text(r.step),
    r.description ?? "",
    date(r, "dueDate"),
    date(r, "doneDate"),
    r.evidence ?? "",
    "",
    "",
  ]);
}

/** A short KPI result (level, score, weighted score, why it stops) for the report and the committee packet. */
export function kpiResultLines(result: CheckResult, ctx: BuildContext): Block[] {
  const kpi = result.kpi[0];
  const f = ctx.fmt;
  if (!kpi || !kpi.assessed) return [para(notAssessedText(result, ctx))];
  const lines: Block[] = [
    field("ระดับที่ผ่าน:", kpi.level ? f.text(`ระดับ ${kpi.level}`) : kpi.summary.th),
    field("คะแนน:", f.num(kpi.score)),
    field("ค่าน้ำหนัก:", f.text(`ร้อยละ ${kpi.weight}`)),
    field("คะแนนถ่วงน้ำหนัก:", f.num(kpi.weighted)),
    field("สรุป:", kpi.summary.th),
    ...stopReasonLines(kpi, ctx),
  ];
  if (kpi.working) lines.push(field("วิธีคำนวณ:", f.text(kpi.working.th)));
  return lines;
}

/** The security-plan and pilot projects the KPI's steps are about. */
function flaggedProjects(result: CheckResult, ctx: BuildContext): Block[] {
  const rows = result.model.projects.rows;
  const listOf = (label: string, list: typeof rows): Block[] => [
    { ...para(label, { bold: true }), keepNext: true },
    ...(list.length
      ? list.map((p) => para(ctx.fmt.text(`${p.code ?? ""} ${p.name ?? ""}`), { indent: true }))
      : [para("ไม่มี", { indent: true })]),
  ];
  return [
    ...listOf(
      "โครงการตามแผนงานด้านความมั่นคง",
      rows.filter((p) => p.securityPlan === true),
    ),
    ...listOf(
      "โครงการนำร่องบูรณาการ",
      rows.filter((p) => p.pilot === true),
    ),
  ];
}

function notAssessed(result: CheckResult, ctx: BuildContext): Block[] {
  return [heading(KPI_TITLE, 1), para(KPI_NAME, { center: true }), para(notAssessedText(result, ctx), { indent: true })];
}

export function isAssessed(result: CheckResult): boolean {
  const kpi = result.kpi[0];
  // No KPI defined for the year and no steps typed: nothing to report.
  if (!kpi) return result.model.info.values.kpiAssessed !== false && result.model.kpi.rows.length > 0;
  return kpi.assessed;
}

export function buildKpiDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const name = `${KPI_TITLE} ${placeName(result)}`;
  if (!isAssessed(result)) return docSpec(name, [section(notAssessed(result, ctx))], opts, false, propertiesOf(result));
  const kpi = result.kpi[0];
  const front: Block[] = [
    ...cover({
      letterhead: letterheadFor(ctx, issuerOf(result)),
      title: KPI_TITLE,
      lines: [
        KPI_NAME,
        placeName(result),
        ctx.fmt.text(`ประจำปีงบประมาณ พ.ศ. ${kpi?.fiscalYear ?? result.model.info.values.fiscalYear ?? "-"}`),
      ],
    }),
  ];
  const steps: Block[] = [
    heading("ผลการดำเนินงานตามระดับขั้นของความสำเร็จ", 1),
    table({
      headers: ["ระดับ", "ขั้นตอน", "รายละเอียด", "กำหนดแล้วเสร็จ", "วันที่แล้วเสร็จ", "หลักฐาน", "ผล", "หมายเหตุ"],
      widths: widths(TEXT_WIDTH.landscape, [1, 1, 4.2, 1.8, 1.8, 2.6, 1, 2.5]),
      align: ["center", "center", "left", "center", "center", "left", "center", "left"],
      rows: stepRows(result, kpi, ctx),
    }),
  ];
  // The outcome follows the steps on the same pages: alone, its few lines would make a near-empty page.
  const outcome: Block[] = [
    heading("สรุปผลการประเมิน", 1),
    ...kpiResultLines(result, ctx),
    ...flaggedProjects(result, ctx),
    ...(kpi ? meetingBlocks(result, kpi, ctx) : []),
  ];
  return docSpec(name, [coverSection(front), section([...steps, ...outcome], "landscape")], opts, false, propertiesOf(result));
}
