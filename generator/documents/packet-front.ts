/**
 * The packet's summary part, before the province sections: every plan's
 * figures, the ceilings reconciled across the workbooks given, workbooks
 * left out, member provinces not given (ก.บ.ก.), likely duplicates.
 */
import { ceilingSplit, fillCeiling, REFERENCE, type Project } from "../../core";
import { heading, para, table, widths, type Block } from "./blocks";
import { fillOf, INSIDE, OVER, POOL_NAME } from "./ceiling-tables";
import { changesSinceBlocks } from "./diff";
import type { BuildContext } from "./document";
import type { PacketInput } from "./packet-types";
import { TEXT_WIDTH } from "./style";
import { KIND_ORDER, placeName, provinceFigures } from "./summary";
import { leftOutNote } from "./unreadable";

const W = TEXT_WIDTH.landscape;

/** Packets list this many likely duplicates in full and count the rest. */
export const DUPLICATES_SHOWN = 300;

function summaryTable(input: PacketInput, ctx: BuildContext) {
  const f = ctx.fmt;
  // Millions keep a national table readable; the province sections give exact baht.
  const millions = (n: number) => f.millions(n);
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
  const notes = input.entries.map((e) => leftOutNote(e.result.model, e.result.model.projects.rows, ctx));
  return [
    table({
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
      widths: widths(W, [2.1, 2.15, 1.8, 1, 1.15, 1.35, 1.5, 1.5, 1.4, 1.45, 1.25, 1.6, 1.5]),
      align: ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right", "center", "right"],
      rows,
    }),
    ...input.entries.flatMap((e, i) => (notes[i] ? [para(`${placeName(e.result)}: งบประมาณ${notes[i]}`, { indent: true })] : [])),
  ];
}

const sumOf = (list: readonly Project[]) => list.reduce((a, p) => a + (p.budget ?? 0), 0);

/**
 * The ceilings: each workbook's province ceiling against its projects, and
 * for each cluster the ceiling each workbook states (a disagreement said),
 * with the cluster proposals of all its workbooks filled against it.
 */
function ceilingsBlocks(input: PacketInput, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  const money = (n: number | null) => (n === null ? "ไม่ได้ระบุ" : f.baht(n));
  // One split per workbook: its projects on each ceiling, in workbook order.
  const drawn = input.entries.map(({ result, cluster }) => {
    const split = ceilingSplit(result.model, fillOf(ctx, result));
    const on = (pool: "province" | "cluster", place?: "inside" | "over") =>
      result.model.projects.rows.filter((_, i) => split.pools[i] === pool && (place === undefined || split.places[i] === place));
    return { result, cluster, split, inside: on("province", "inside"), over: on("province", "over"), proposals: on("cluster") };
  });
  const rows = drawn.map((d) => [
    placeName(d.result),
    money(d.split.ceilings.province),
    f.baht(sumOf(d.inside)),
    f.baht(sumOf(d.over)),
    money(d.split.ceilings.cluster),
    f.baht(sumOf(d.proposals)),
  ]);
  const blocks: Block[] = [
    heading("กรอบวงเงิน", 1),
    para("จำนวนเงินเป็นบาท"),
    table({
      headers: ["จังหวัด", `วงเงิน${POOL_NAME.province}`, INSIDE, OVER, `วงเงิน${POOL_NAME.cluster}ที่ระบุ`, "โครงการกลุ่มจังหวัดที่เสนอ"],
      widths: widths(W, [2.6, 2, 2, 2, 2.4, 2.4]),
      align: ["left", "right", "right", "right", "right", "right"],
      rows,
    }),
  ];
  const clusters = [...new Set(input.entries.map((e) => e.cluster).filter(Boolean))];
  for (const cluster of clusters) {
    const ofCluster = drawn.filter((d) => d.cluster === cluster);
    const members = ofCluster.map((d) => d.result);
    const proposals = ofCluster.flatMap((d) => d.proposals);
    const stated = members
      .map((r) => ({
        place: placeName(r),
        value: r.model.info.values.clusterCeiling ?? null,
        own: r.model.info.values.level === "กลุ่มจังหวัด",
      }))
      .filter((s) => s.value !== null);
    if (!proposals.length && !stated.length) continue;
    const values = [...new Set(stated.map((s) => s.value as number))];
    // The cluster's own workbook states its ceiling; without it, the smallest stated is the safe reading.
    const own = stated.find((s) => s.own);
    const limit = own ? (own.value as number) : values.length ? Math.min(...values) : null;
    const agree =
      values.length <= 1
        ? ""
        : ` (ไม่ตรงกัน: ${stated.map((s) => `${s.place} ${f.baht(s.value)} บาท`).join(", ")}; ใช้${own ? "ตามแฟ้มของกลุ่มจังหวัด" : "วงเงินที่น้อยที่สุด"})`;
    const places = fillCeiling(proposals, limit, fillOf(ctx, members[0]));
    const side = (place: "inside" | "over") => {
      const list = proposals.filter((_, i) => places[i] === place);
      return `${f.num(list.length)} โครงการ ${f.baht(sumOf(list))} บาท`;
    };
    const notes = ofCluster.map((d) => leftOutNote(d.result.model, d.proposals, ctx)).filter(Boolean);
    const note = notes.length ? ` (${notes.join(" ")})` : "";
    blocks.push(
      para(
        f.text(
          `${cluster}: วงเงิน${POOL_NAME.cluster} ${limit === null ? "ไม่ได้ระบุ" : `${f.baht(limit)} บาท`}${agree} ` +
            `ข้อเสนอโครงการกลุ่มจังหวัดจาก ${members.length} แฟ้ม รวม ${f.num(proposals.length)} โครงการ ${f.baht(sumOf(proposals))} บาท: ` +
            `${INSIDE} ${side("inside")} · ${OVER} ${side("over")}${note}`,
        ),
        { indent: true },
      ),
    );
  }
  return blocks;
}

/** For a ก.บ.ก. packet: the member provinces of each cluster whose workbooks were not given. */
export function missingMembers(input: PacketInput): { cluster: string; provinces: string[] }[] {
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

/** Likely duplicates across provinces; none for a single province (it has no other to duplicate). */
function duplicatesBlocks(input: PacketInput, ctx: BuildContext): Block[] {
  const f = ctx.fmt;
  if (new Set(input.entries.map((e) => e.result.province)).size <= 1) return [];
  const dups = input.duplicates.pairs;
  const blocks: Block[] = [heading("โครงการที่อาจซ้ำซ้อนระหว่างจังหวัด", 1)];
  if (!dups.length) return [...blocks, para("ไม่พบโครงการที่มีชื่อใกล้เคียงกันระหว่างจังหวัด")];
  const shown = dups.slice(0, DUPLICATES_SHOWN);
  blocks.push(
    table({
      headers: ["จังหวัด", "รหัส", "ชื่อโครงการ", "จังหวัด", "รหัส", "ชื่อโครงการ", "ความคล้าย"],
      widths: widths(W, [2, 1.3, 4.5, 2, 1.3, 4.5, 1.3]),
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
    blocks.push(para(f.text(`และอีก${input.duplicates.truncated ? "อย่างน้อย" : ""} ${more} คู่ (ควรตรวจสอบชื่อโครงการที่คล้ายกันจำนวนมาก)`)));
  return blocks;
}

/** The summary part of the packet (landscape), in the order a committee reads it. */
export function packetSummaryBlocks(input: PacketInput, ctx: BuildContext): Block[] {
  const summary: Block[] = [
    heading("สรุปภาพรวมแผนและโครงการ", 1),
    para("จำนวนโครงการตามประเภท งบประมาณตามแหล่ง ผลการตรวจ และผลตัวชี้วัดที่ 3.6 เรียงตามกลุ่มจังหวัดและจังหวัด"),
    ...summaryTable(input, ctx),
  ];
  if (input.entries.some((e) => e.previous !== undefined))
    summary.push(
      ...changesSinceBlocks(
        input.entries.map((e) => ({ place: placeName(e.result), diff: e.previous ?? null })),
        ctx,
      ),
    );
  summary.push(...ceilingsBlocks(input, ctx));
  if (input.leftOut.length) {
    summary.push(heading("แฟ้มที่ไม่ได้นำเข้าวาระ", 1));
    summary.push(
      table({
        headers: ["แฟ้ม", "เหตุผล"],
        widths: widths(W, [1, 2]),
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
  summary.push(...duplicatesBlocks(input, ctx));
  return summary;
}
