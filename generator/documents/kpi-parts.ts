/**
 * The KPI report's explanations: why the level stops where it does (levels
 * are cumulative: a level passed above a failed one does not count), the
 * follow-up meetings by fiscal quarter, and why a workbook is not assessed.
 */
import { fiscalQuarterOf, fiscalYearBounds, type CheckResult, type KpiResult, type LevelResult } from "../../core";
import { field, heading, table, widths, type Block } from "./blocks";
import type { BuildContext } from "./document";
import { TEXT_WIDTH } from "./style";
import { placeName } from "./summary";
import { unreadableRaw, unreadableText } from "./unreadable";

const NOT_ZERO = "(ไม่ต้องประเมิน ซึ่งมิใช่คะแนนศูนย์)";

/** The first level not met: the level reached stops below it. */
export function stopLevel(kpi: KpiResult): LevelResult | undefined {
  return kpi.levels.find((l) => !l.met);
}

/** Levels above the stop whose own steps are all met: passed, but not counted. */
export function uncountedLevels(kpi: KpiResult): LevelResult[] {
  const stop = stopLevel(kpi);
  return stop ? kpi.levels.filter((l) => l.level > stop.level && l.steps.length > 0 && l.steps.every((s) => s.met)) : [];
}

/** The note a passed step gets when its level does not count. */
export function uncountedNote(kpi: KpiResult, level: number): string | null {
  const stop = stopLevel(kpi);
  if (!stop || level <= stop.level) return null;
  return `ไม่นับ: ระดับขั้นของความสำเร็จนับสะสม ต้องผ่านระดับ ${stop.level} ก่อน`;
}

/** Why the level stops: the failed level's steps and their reasons, and the levels above that do not count. */
export function stopReasonLines(kpi: KpiResult, ctx: BuildContext): Block[] {
  const stop = stopLevel(kpi);
  const f = ctx.fmt;
  if (!stop) return kpi.levels.length ? [field("เหตุผล:", f.text(`ผ่านครบทุกระดับ (ระดับ ${kpi.levels.length})`))] : [];
  const failed = stop.steps
    .filter((s) => !s.met)
    .map((s) => `ขั้นตอน ${s.code} ${s.reasons.map((r) => r.th).join("; ") || "ยังไม่ดำเนินการ"}`)
    .join("; ");
  const lines: Block[] = [field("เหตุที่หยุดที่ระดับนี้:", f.text(`ระดับ ${stop.level} ไม่ผ่าน: ${failed}`))];
  const above = uncountedLevels(kpi);
  if (above.length)
    lines.push(
      field(
        "ระดับที่ไม่นับ:",
        f.text(
          `ระดับ ${above.map((l) => l.level).join(", ")} ผ่านตามขั้นตอน แต่ไม่นับ เนื่องจากระดับขั้นของความสำเร็จนับสะสม ต้องผ่านระดับ ${stop.level} ก่อน`,
        ),
      ),
    );
  return lines;
}

const QUARTER_MONTHS = ["ต.ค.–ธ.ค.", "ม.ค.–มี.ค.", "เม.ย.–มิ.ย.", "ก.ค.–ก.ย."];

/** The working group's follow-up meetings, dated, by fiscal quarter; dates outside the year or unreadable said so. */
export function meetingBlocks(result: CheckResult, kpi: KpiResult, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  const table_ = result.model.kpiMeetings;
  const meetings = table_.rows.filter((m) => !m.kpiId || m.kpiId === kpi.kpiId);
  const quarterly = kpi.levels.some((l) => l.steps.some((s) => s.kind === "quarterlyMeetings"));
  if (!quarterly && !meetings.length) return [];
  const { start, end } = fiscalYearBounds(kpi.fiscalYear);
  const byQuarter: string[][] = [[], [], [], []];
  const outside: string[] = [];
  const unread: string[] = [];
  for (const m of meetings) {
    if (!m.date) {
      const raw = unreadableRaw(result.model, table_, m, "date");
      unread.push(raw === null ? "ไม่ระบุวันที่" : unreadableText(raw));
    } else if (m.date < start || m.date > end) outside.push(f.date(m.date));
    else byQuarter[fiscalQuarterOf(m.date) - 1].push(m.date);
  }
  const rows = byQuarter.map((dates, q) => [
    f.text(`ไตรมาส ${q + 1}`),
    f.text(`${QUARTER_MONTHS[q]} ${q === 0 ? kpi.fiscalYear - 1 : kpi.fiscalYear}`),
    dates.length
      ? [...dates]
          .sort()
          .map((d) => f.date(d))
          .join(", ")
      : "ไม่มีการประชุม",
    f.num(dates.length),
  ]);
  if (outside.length) rows.push(["นอกปีงบประมาณ", "", outside.join(", "), f.num(outside.length)]);
  if (unread.length) rows.push(["วันที่อ่านไม่ได้", "", f.text(unread.join(", ")), f.num(unread.length)]);
  return [
    heading("การประชุมติดตามการดำเนินงานรายไตรมาส", 1),
    table({
      headers: ["ไตรมาส", "ช่วงเดือน", "วันที่ประชุม", "จำนวนครั้ง"],
      widths: widths(TEXT_WIDTH.landscape, [2, 2.6, 8, 1.8]),
      align: ["left", "left", "left", "right"],
      rows,
    }),
  ];
}

/** Why a workbook is not assessed, in the committee's words. */
export function notAssessedText(result: CheckResult, ctx: BuildContext): string {
  const v = result.model.info.values;
  const kpi = result.kpi[0];
  if (v.level === "กลุ่มจังหวัด") return `${placeName(result)} ไม่ต้องรายงานผล เนื่องจากตัวชี้วัดที่ 3.6 ประเมินเป็นรายจังหวัด มิใช่กลุ่มจังหวัด ${NOT_ZERO}`;
  if (!kpi)
    return ctx.fmt.text(
      `ยังไม่มีการกำหนดตัวชี้วัดที่ 3.6 และเกณฑ์การให้คะแนนสำหรับปีงบประมาณ พ.ศ. ${v.fiscalYear ?? "-"} จึงไม่มีผลการประเมินของ${placeName(result)}`,
    );
  return ctx.fmt.text(
    `${placeName(result)} มิได้เป็นจังหวัดชายแดน จังหวัดปัตตานี หรือจังหวัดชายฝั่งทะเล ตามบัญชีจังหวัดที่ต้องประเมินตัวชี้วัดที่ 3.6 ประจำปีงบประมาณ พ.ศ. ${kpi.fiscalYear} จึงไม่ต้องรายงานผลการดำเนินงานตามตัวชี้วัดนี้ ${NOT_ZERO}`,
  );
}
