/**
 * The committee packet: cover, contents, a summary of every province, left-out
 * workbooks and likely duplicates, then one section per province. The front
 * matter and each province's blocks are separate functions so a writer can
 * serialise a national packet one province at a time.
 */
import { REFERENCE, type CheckResult } from "../../core";
import type { PlanDiff } from "../../core/diff";
import { cover, field, heading, headingsOf, keepTail, para, table, title, widths, type Block } from "./blocks";
import { criterionLabel } from "./criteria";
import { budgetSummary, projectTable } from "./common-tables";
import {
  contents,
  coverSection,
  contextOf,
  docSpec,
  letterheadFor,
  section,
  thaiDigitBlocks,
  type BuildContext,
  type DocOptions,
  type DocProperties,
  type DocSpec,
  type Issuer,
} from "./document";
import { changesSinceBlocks, provinceCutsBlocks } from "./diff";
import type { DuplicateSearch } from "./duplicates";
import { kpiResultLines } from "./kpi";
import { screeningSummaryTable } from "./screening";
import { alignmentOn, alignmentTable, ceilingBlocks } from "./alignment-tables";
import { TEXT_WIDTH } from "./style";
import { clusterIssuer, issuerOf, KIND_ORDER, placeName, provinceFigures } from "./summary";

export const COMMITTEES = {
  "ก.บ.จ.": "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)",
  "ก.บ.ก.": "คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ (ก.บ.ก.)",
  "ก.น.จ.": "คณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ (ก.น.จ.)",
  // The 2565 decree's (the FY2570 pack's committees).
  "ก.น.บ.": "คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่แบบบูรณาการ (ก.น.บ.)",
  "อ.ก.น.บ.ภาค": "คณะอนุกรรมการประจำภาค ภายใต้คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่แบบบูรณาการ",
} as const;
/** Committees of the 2565 decree: they take only workbooks of a pack with its alignment columns. */
export const COMMITTEES_2565: ReadonlySet<string> = new Set(["ก.น.บ.", "อ.ก.น.บ.ภาค"]);
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
  /** "1/2552": the meeting's number (numbers restart each calendar year). */
  meetingNo?: string | null;
  meetingPlace?: string | null;
  /** The agenda's items; the usual order (AGENDA_ITEMS) when not given. */
  agenda?: readonly string[];
  /** Already ordered by cluster, then province. */
  entries: readonly PacketEntry[];
  leftOut: readonly LeftOut[];
  duplicates: DuplicateSearch;
}

/**
 * The usual order of a meeting's agenda (a setting: a secretariat may give
 * its own). The plans to decide on go under the item เรื่องเพื่อพิจารณา.
 */
export const AGENDA_ITEMS: readonly string[] = [
  "เรื่องที่ประธานแจ้งที่ประชุมทราบ",
  "รับรองรายงานการประชุม",
  "เรื่องเพื่อทราบ",
  "เรื่องเพื่อพิจารณา",
  "เรื่องอื่น ๆ",
];
const FOR_DECISION = "เรื่องเพื่อพิจารณา";
const DOTS = "....................";

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

function agendaOf(input: PacketInput): readonly string[] {
  return input.agenda?.length ? input.agenda : AGENDA_ITEMS;
}

/** The index of the agenda item the plans go under: เรื่องเพื่อพิจารณา, or the last item of an agenda without it. */
function plansItem(input: PacketInput): number {
  const items = agendaOf(input);
  const at = items.indexOf(FOR_DECISION);
  return at < 0 ? items.length - 1 : at;
}

/** "ระเบียบวาระที่ 4.2": where a plan stands in the agenda. */
function planItem(input: PacketInput, i: number): string {
  return `${plansItem(input) + 1}.${i + 1}`;
}

export function provinceHeading(input: PacketInput, i: number, ctx: BuildContext): string {
  return ctx.fmt.text(`ระเบียบวาระที่ ${planItem(input, i)} ${placeName(input.entries[i].result)}`);
}

/** The agenda page: the meeting (dotted blanks for what is not given), its items, the plans under เรื่องเพื่อพิจารณา. */
function agendaBlocks(input: PacketInput, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  const items = agendaOf(input);
  const blocks: Block[] = [
    { ...title("ระเบียบวาระการประชุม"), pageBreakBefore: true },
    para(COMMITTEES[input.committee], { center: true }),
    para(f.text(`ครั้งที่ ${input.meetingNo || DOTS}`), { center: true }),
    para(input.meetingDate ? `วันที่ ${f.date(input.meetingDate, "long")}` : `วันที่ ${DOTS}`, { center: true }),
    para(`ณ ${input.meetingPlace || DOTS}`, { center: true }),
  ];
  const plansAt = plansItem(input);
  items.forEach((item, n) => {
    blocks.push({ ...para(f.text(`ระเบียบวาระที่ ${n + 1} ${item}`), { bold: true }), keepNext: n === plansAt });
    if (n === plansAt) input.entries.forEach((_, i) => blocks.push(para(provinceHeading(input, i, ctx), { indent: true })));
  });
  return blocks;
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
  const missing = missingMembers(input);
  if (missing.length) {
    summary.push(heading("จังหวัดในกลุ่มที่ไม่ได้ส่งแผน", 1));
    for (const m of missing) summary.push(para(`${m.cluster}: ${m.provinces.join(" ")}`, { indent: true }));
  }
  const provinces = new Set(input.entries.map((e) => e.result.province));
  const dups = input.duplicates.pairs;
  // One province has no other to duplicate: the section would only confuse.
  if (provinces.size > 1) summary.push(heading("โครงการที่อาจซ้ำซ้อนระหว่างจังหวัด", 1));
  if (provinces.size <= 1) {
    /* no section */
  } else if (!dups.length) summary.push(para("ไม่พบโครงการที่มีชื่อใกล้เคียงกันระหว่างจังหวัด"));
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
  const provinceHeadings = input.entries.flatMap((_, i) => [
    { title: provinceHeading(input, i, ctx), level: 1 },
    ...PROVINCE_SUBHEADINGS.map((title) => ({ title, level: 2 })),
  ]);
  return { cover: [...coverBlocks, ...agendaBlocks(input, ctx), ...contents([...headingsOf(summary), ...provinceHeadings])], summary };
}

/** For a ก.บ.ก. packet: the member provinces of each cluster whose workbooks were not given. */
function missingMembers(input: PacketInput): { cluster: string; provinces: string[] }[] {
  if (input.committee !== "ก.บ.ก.") return [];
  const given = new Set(input.entries.map((e) => e.result.province.replace(/^จังหวัด/, "")));
  const out = new Map<string, string[]>();
  for (const e of input.entries) {
    const v = e.result.model.info.values;
    const cluster = REFERENCE.clusterByName(v.cluster ?? e.cluster, v.fiscalYear ?? 2552);
    if (!cluster || out.has(cluster.th)) continue;
    const lacking = cluster.provinces.filter((p) => !given.has(p));
    if (lacking.length)
      out.set(
        cluster.th,
        lacking.map((p) => `จังหวัด${p}`),
      );
  }
  return [...out].map(([cluster, provinces]) => ({ cluster, provinces }));
}

/** The errors themselves, so a committee reads what is wrong (a missing member, a ceiling overrun, an unreadable budget). */
function errorList(r: CheckResult, ctx: BuildContext): Block {
  const errors = r.findings.filter((f) => f.severity === "error");
  if (!errors.length) return para("ไม่มีข้อผิดพลาด");
  return table({
    headers: ["เกณฑ์", "ข้อผิดพลาด"],
    widths: widths(TEXT_WIDTH.portrait, [1.6, 8.4]),
    rows: errors.map((f) => [ctx.fmt.text(criterionLabel(f.criterion)), ctx.fmt.text(f.message)]),
  });
}

/** One province's section (item `i` of เรื่องเพื่อพิจารณา): plan summary, project table, screening summary and errors, KPI result. */
export function packetProvinceBlocks(input: PacketInput, i: number, ctx: BuildContext): Block[] {
  const entry = input.entries[i];
  const r = entry.result;
  const v = r.model.info.values;
  const vision = r.model.positioning.rows.find((p) => p.type === "วิสัยทัศน์")?.text;
  const W = TEXT_WIDTH.portrait;
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
    ...(entry.previous ? provinceCutsBlocks(entry.previous, ctx) : []),
    heading(PROVINCE_SUBHEADINGS[1], 2),
    projectTable(r.model.projects.rows, ctx, W),
    // The 2565 decree's workbooks: inside/over the ceiling and each project's national alignment.
    ...(alignmentOn(r) ? [...ceilingBlocks(r, ctx, W, 2), heading("ความสอดคล้องกับแผนระดับชาติรายโครงการ", 2), alignmentTable(r, ctx, W)] : []),
    heading(PROVINCE_SUBHEADINGS[2], 2),
    para(ctx.fmt.text(`ข้อผิดพลาด ${r.counts.error} รายการ คำเตือน ${r.counts.warning} รายการ`)),
    screeningSummaryTable(r, ctx),
    { ...para("ข้อผิดพลาดที่ต้องแก้ไขก่อนพิจารณา", { bold: true }), keepNext: true },
    errorList(r, ctx),
    heading(PROVINCE_SUBHEADINGS[3], 2),
    ...kpiResultLines(r, ctx),
  ]);
  // Written one at a time, outside docSpec: its Thai digits are applied here.
  return thaiDigitBlocks(blocks, ctx.fmt.thaiDigits);
}

function packetProperties(input: PacketInput): DocProperties {
  const issuer = packetIssuer(input);
  const places = [...new Set(input.entries.map((e) => placeName(e.result)))];
  return { committee: issuer.committee, place: places.length === 1 ? places[0] : `${places.length} จังหวัดและกลุ่มจังหวัด` };
}

/** The whole packet as one document; `body` replaces the province sections (a writer passes a placeholder). */
export function buildPacketDocument(input: PacketInput, opts: DocOptions = {}, body?: Block[]): DocSpec {
  const ctx = contextOf(opts);
  const front = packetFrontMatter(input, ctx);
  const provinces = body ?? input.entries.flatMap((_, i) => packetProvinceBlocks(input, i, ctx));
  return docSpec(
    `เอกสารประกอบการประชุม ${input.committee}`,
    [coverSection(front.cover), section(front.summary, "landscape"), section(provinces)],
    opts,
    true,
    packetProperties(input),
  );
}
