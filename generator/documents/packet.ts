/**
 * The committee packet: cover, contents, a summary of every province, left-out
 * workbooks and likely duplicates, then one section per province. The front
 * matter and each province's blocks are separate functions so a writer can
 * serialise a national packet one province at a time.
 */
import type { CheckResult } from "../../core";
import type { PlanDiff } from "../../core/diff";
import { cover, field, heading, headingsOf, para, table, widths, type Block } from "./blocks";
import { budgetSummary, projectTable } from "./common-tables";
import {
  contents,
  contextOf,
  docSpec,
  letterheadFor,
  section,
  type BuildContext,
  type DocOptions,
  type DocSpec,
  type Issuer,
} from "./document";
import { changesSinceBlocks, provinceCutsBlocks } from "./diff";
import type { DuplicateSearch } from "./duplicates";
import { kpiResultLines } from "./kpi";
import { screeningSummaryTable } from "./screening";
import { TEXT_WIDTH } from "./style";
import { clusterIssuer, issuerOf, KIND_ORDER, placeName, provinceFigures } from "./summary";

export const COMMITTEES = {
  "ก.บ.จ.": "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)",
  "ก.บ.ก.": "คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ (ก.บ.ก.)",
  "ก.น.จ.": "คณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ (ก.น.จ.)",
} as const;
export type Committee = keyof typeof COMMITTEES;

export interface PacketEntry {
  result: CheckResult;
  /** Cluster name used for ordering and the summary table. */
  cluster: string;
  /** With --previous: the change since the province's previous submission (null when none was given for it). */
  previous?: PlanDiff | null;
}

export interface LeftOut {
  file: string;
  /** Why, in Thai (the packet prints this)… */
  reason: string;
  /** …and in English (the command line prints both). */
  reasonEn: string;
}

export interface PacketInput {
  committee: Committee;
  /** ISO date of the meeting. */
  meetingDate?: string | null;
  /** Already ordered by cluster, then province. */
  entries: readonly PacketEntry[];
  leftOut: readonly LeftOut[];
  duplicates: DuplicateSearch;
}

/** Packets list this many likely duplicates in full and count the rest. */
export const DUPLICATES_SHOWN = 300;

function summaryTable(input: PacketInput, ctx: BuildContext) {
  const f = ctx.fmt;
  // Millions keep a national table readable; the province sections give exact baht.
  const millions = (n: number) => f.text((n / 1_000_000).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  const rows = input.entries.map((e) => {
    const s = provinceFigures(e.result);
    const other = Object.entries(s.bySource)
      .filter(([k]) => k !== "งบจังหวัด" && k !== "งบกลุ่มจังหวัด")
      .reduce((a, [, v]) => a + v, 0);
    return [
      placeName(e.result),
      e.cluster,
      ...KIND_ORDER.map((k) => f.num(s.byKind[k] ?? 0)),
      millions(s.bySource["งบจังหวัด"] ?? 0),
      millions(s.bySource["งบกลุ่มจังหวัด"] ?? 0),
      millions(other),
      f.num(s.errors),
      f.num(s.warnings),
      s.kpiAssessed === false ? "ไม่ต้องประเมิน" : s.kpiLevel === null ? "-" : f.num(s.kpiLevel),
      s.kpiWeighted === null ? "-" : f.num(s.kpiWeighted),
    ];
  });
  return table({
    headers: [
      "จังหวัด",
      "กลุ่มจังหวัด",
      "ส่วนราชการ",
      "อปท.",
      "เอกชน",
      "กลุ่มจังหวัด",
      "งบจังหวัด (ล้านบาท)",
      "งบกลุ่มจังหวัด (ล้านบาท)",
      "งบอื่น (ล้านบาท)",
      "ข้อผิดพลาด",
      "คำเตือน",
      "ระดับ ตช. 3.6",
      "คะแนนถ่วงน้ำหนัก",
    ],
    widths: widths(TEXT_WIDTH.landscape, [2.1, 2.15, 1.8, 1, 1.15, 1.35, 1.5, 1.5, 1.4, 1.45, 1.25, 1.6, 1.5]),
    align: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "center", "right"],
    rows,
  });
}

/** The headings of each province's section, known before the sections are written (for the contents). */
const PROVINCE_SUBHEADINGS = ["สรุปแผน", "บัญชีโครงการ", "ผลการพิจารณากลั่นกรอง", "ผลการดำเนินงานตัวชี้วัดที่ 3.6"] as const;

/** Whose packet it is, for the letterhead: the committee, and one secretariat's office where there is one. */
function packetIssuer(input: PacketInput): Issuer {
  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  if (input.committee === "ก.บ.จ.") {
    const places = distinct(input.entries.map((e) => placeName(e.result)));
    if (places.length === 1) return issuerOf(input.entries[0].result);
  }
  if (input.committee === "ก.บ.ก.") {
    const clusters = distinct(input.entries.map((e) => e.result.model.info.values.cluster));
    if (clusters.length === 1) return clusterIssuer(clusters[0]);
  }
  return { committee: COMMITTEES[input.committee], office: "" };
}

export function packetFrontMatter(input: PacketInput, ctx: BuildContext): { cover: Block[]; summary: Block[] } {
  const f = ctx.fmt;
  const coverBlocks = cover({
    letterhead: letterheadFor(ctx, packetIssuer(input)),
    title: "เอกสารประกอบการประชุม",
    lines: [
      COMMITTEES[input.committee],
      input.meetingDate ? `วันที่ประชุม ${f.date(input.meetingDate, "long")}` : "",
      f.text(`จำนวน ${input.entries.length} แผน`),
    ],
  });
  const summary: Block[] = [
    heading("สรุปภาพรวมแผนและโครงการ", 1),
    para("จำนวนโครงการตามประเภท งบประมาณตามแหล่ง ผลการตรวจ และผลตัวชี้วัดที่ 3.6 เรียงตามกลุ่มจังหวัดและจังหวัด"),
    summaryTable(input, ctx),
  ];
  if (input.entries.some((e) => e.previous !== undefined))
    summary.push(
      ...changesSinceBlocks(
        input.entries.map((e) => ({ place: placeName(e.result), diff: e.previous ?? null })),
        ctx,
      ),
    );
  if (input.leftOut.length) {
    summary.push(heading("แฟ้มที่ไม่ได้นำเข้าวาระ", 1));
    summary.push(
      table({
        headers: ["แฟ้ม", "เหตุผล"],
        widths: widths(TEXT_WIDTH.landscape, [1, 2]),
        // The file's name only: a committee member has no use for the secretariat's folders.
        rows: input.leftOut.map((l) => [l.file.split(/[\\/]/).pop() ?? l.file, l.reason]),
      }),
    );
  }
  summary.push(heading("โครงการที่อาจซ้ำซ้อนระหว่างจังหวัด", 1));
  const dups = input.duplicates.pairs;
  if (!dups.length) summary.push(para("ไม่พบโครงการที่มีชื่อใกล้เคียงกันระหว่างจังหวัด"));
  else {
    const shown = dups.slice(0, DUPLICATES_SHOWN);
    summary.push(
      table({
        headers: ["จังหวัด", "รหัส", "ชื่อโครงการ", "จังหวัด", "รหัส", "ชื่อโครงการ", "ความคล้าย"],
        widths: widths(TEXT_WIDTH.landscape, [2, 1.3, 4.5, 2, 1.3, 4.5, 1.3]),
        align: ["left", "left", "left", "left", "left", "left", "right"],
        rows: shown.map((d) => [
          d.a.province,
          f.text(d.a.code),
          d.a.name,
          d.b.province,
          f.text(d.b.code),
          d.b.name,
          f.text(`${Math.round(d.similarity * 100)}%`),
        ]),
      }),
    );
    const more = dups.length - shown.length;
    if (more > 0 || input.duplicates.truncated)
      summary.push(para(f.text(`และอีก${input.duplicates.truncated ? "อย่างน้อย" : ""} ${more} คู่ (ควรตรวจสอบชื่อโครงการที่คล้ายกันจำนวนมาก)`)));
  }
  // The province sections may be written one at a time: their headings are known from the entries alone.
  const provinceHeadings = input.entries.flatMap((e) => [
    { title: placeName(e.result), level: 1 },
    ...PROVINCE_SUBHEADINGS.map((title) => ({ title, level: 2 })),
  ]);
  return { cover: [...coverBlocks, ...contents([...headingsOf(summary), ...provinceHeadings])], summary };
}

/** One province's section: plan summary, project table, screening summary, KPI result. */
export function packetProvinceBlocks(entry: PacketEntry, ctx: BuildContext): Block[] {
  const r = entry.result;
  const v = r.model.info.values;
  const vision = r.model.positioning.rows.find((p) => p.type === "วิสัยทัศน์")?.text;
  const W = TEXT_WIDTH.portrait;
  return [
    heading(placeName(r), 1, { pageBreakBefore: true }),
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
    ...(entry.previous ? provinceCutsBlocks(entry.previous, ctx) : []),
    heading(PROVINCE_SUBHEADINGS[1], 2),
    projectTable(r.model.projects.rows, ctx, W),
    heading(PROVINCE_SUBHEADINGS[2], 2),
    para(ctx.fmt.text(`ข้อผิดพลาด ${r.counts.error} รายการ คำเตือน ${r.counts.warning} รายการ`)),
    screeningSummaryTable(r, ctx),
    heading(PROVINCE_SUBHEADINGS[3], 2),
    ...kpiResultLines(r, ctx),
  ];
}

/** The whole packet as one document; `body` replaces the province sections (a writer passes a placeholder). */
export function buildPacketDocument(input: PacketInput, opts: DocOptions = {}, body?: Block[]): DocSpec {
  const ctx = contextOf(opts);
  const front = packetFrontMatter(input, ctx);
  const provinces = body ?? input.entries.flatMap((e) => packetProvinceBlocks(e, ctx));
  return docSpec(
    `เอกสารประกอบการประชุม ${input.committee}`,
    [section(front.cover), section(front.summary, "landscape"), section(provinces)],
    opts,
    true,
  );
}
