/**
 * The plan's making, as a committee checks it: the hearings and who came,
 * the needs raised there and what became of them, the committee's members,
 * and the approval steps with their dates.
 */
import { ENUMS, type CheckResult } from "../../core";
import { heading, para, table, widths, type Block } from "./blocks";
import { contentWeights } from "./column-widths";
import type { BuildContext } from "./document";
import { groupBy, issuerOf } from "./summary";
import { dateOrUnreadable, unreadableIndex, type UnreadableIndex } from "./unreadable";

const SECTOR_ORDER = ENUMS.sector.options.map((o) => o.value);
const COMMITTEE_NAMES: Record<string, string> = {
  "ก.บ.จ.": "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)",
  "ก.บ.ก.": "คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ (ก.บ.ก.)",
};

/** The committee by its full name: this province's or cluster's own when it is the one the plan's level has. */
function committeeName(result: CheckResult, short: string): string {
  const own = result.model.info.values.level === "กลุ่มจังหวัด" ? "ก.บ.ก." : "ก.บ.จ.";
  if (short === own && result.province) return `${issuerOf(result).committee} (${short})`;
  return COMMITTEE_NAMES[short] ?? `คณะกรรมการ ${short}`;
}

function hearings(result: CheckResult, ctx: BuildContext, index: UnreadableIndex, width: number): Block[] {
  const t = result.model.hearings;
  const f = ctx.fmt;
  const people = (h: (typeof t.rows)[number]) => [h.agencyHeads, h.localExecutives, h.civilSociety, h.business];
  const sum = (ns: (number | null)[]) => ns.reduce<number>((a, n) => a + (n ?? 0), 0);
  const blocks: Block[] = [heading("การประชุมรับฟังความคิดเห็น", 2)];
  if (!t.rows.length) return [...blocks, para("ไม่มีข้อมูลการประชุมรับฟังความคิดเห็นในแบบฟอร์ม")];
  const rows = t.rows.map((h) => [
    f.text(h.id),
    dateOrUnreadable(ctx, index, t.sheet, h, "date", h.date),
    [h.place, h.minutesRef].filter(Boolean).join(" – "),
    ...people(h).map((n) => f.num(n)),
    f.num(sum(people(h))),
  ]);
  const col = (i: number) => sum(t.rows.map((h) => people(h)[i]));
  const headers = ["เวที", "วันที่", "สถานที่/รายงานการประชุม", "หัวหน้าส่วนราชการ", "ผู้บริหาร อปท.", "ภาคประชาสังคม", "ภาคธุรกิจเอกชน", "รวม (คน)"];
  blocks.push(
    para(f.text(`จัดประชุม ${t.rows.length} เวที ผู้เข้าร่วมรวม ${f.num(sum(t.rows.flatMap(people)))} คน`), { indent: true }),
    table({
      headers,
      widths: widths(width, contentWeights({ headers, rows }, width / 3, 2)),
      align: ["left", "left", "left", "right", "right", "right", "right", "right"],
      rows,
      totals: [["รวม", "", "", ...[0, 1, 2, 3].map((i) => f.num(col(i))), f.num(sum(t.rows.flatMap(people)))]],
    }),
  );
  return blocks;
}

function needs(result: CheckResult, ctx: BuildContext, width: number): Block[] {
  const m = result.model;
  const f = ctx.fmt;
  const blocks: Block[] = [heading("ปัญหาและความต้องการของประชาชนจากเวทีรับฟังความคิดเห็น", 2)];
  if (!m.needs.rows.length) return [...blocks, para("ไม่มีข้อมูลปัญหาและความต้องการในแบบฟอร์ม")];
  const answeredBy = (id: string | null) =>
    m.projects.rows
      .filter((p) => id && (p.needIds ?? []).includes(id))
      .map((p) => f.text(p.code))
      .join(", ");
  const taken = m.needs.rows.filter((n) => n.status === "รับไว้ดำเนินการ").length;
  const rows = m.needs.rows.map((n) => [
    f.text(n.id),
    f.text(n.hearingId),
    n.text ?? "",
    n.district ?? "",
    n.status ?? "ไม่ระบุ",
    [answeredBy(n.id), n.reason ? `เหตุผลที่ไม่รับ: ${n.reason}` : ""].filter(Boolean).join(" ") || "-",
  ]);
  const headers = ["รหัส", "เวที", "ปัญหา/ความต้องการ", "อำเภอ", "การรับไว้พิจารณา", "โครงการที่ตอบสนอง/เหตุผลที่ไม่รับ"];
  blocks.push(
    para(f.text(`ความต้องการ ${m.needs.rows.length} ข้อ รับไว้ดำเนินการ ${taken} ข้อ`), { indent: true }),
    table({ headers, widths: widths(width, contentWeights({ headers, rows }, width / 2.5, 2)), rows }),
  );
  return blocks;
}

function committee(result: CheckResult, ctx: BuildContext, width: number): Block[] {
  const rows = result.model.committee.rows;
  const f = ctx.fmt;
  if (!rows.length) return [heading("คณะกรรมการ", 2), para("ไม่มีรายชื่อคณะกรรมการในแบบฟอร์ม")];
  const blocks: Block[] = [];
  for (const [name, members] of groupBy(rows, (r) => r.committee, Object.keys(COMMITTEE_NAMES))) {
    blocks.push(heading(committeeName(result, name), 2));
    const bySector = groupBy(members, (r) => r.sector, SECTOR_ORDER);
    const counts = SECTOR_ORDER.map((s) => `${s} ${f.num(bySector.find(([k]) => k === s)?.[1].length ?? 0)} คน`);
    blocks.push(para(f.text(`กรรมการ ${members.length} คน ได้แก่ ${counts.join(" ")}`), { indent: true }));
    const body = members.map((r, i) => [f.num(r.seq ?? i + 1), r.name ?? "", r.position ?? "", r.role ?? "", r.sector ?? ""]);
    const headers = ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "บทบาท", "องค์ประกอบ"];
    blocks.push(
      table({
        headers,
        widths: widths(width, contentWeights({ headers, rows: body }, width / 2.5)),
        align: ["center", "left", "left", "left", "left"],
        rows: body,
      }),
    );
  }
  return blocks;
}

function approvals(result: CheckResult, ctx: BuildContext, index: UnreadableIndex, width: number): Block[] {
  const t = result.model.approvals;
  const blocks: Block[] = [heading("ขั้นตอนการจัดทำและอนุมัติแผน", 2)];
  if (!t.rows.length) return [...blocks, para("ไม่มีข้อมูลขั้นตอนการอนุมัติในแบบฟอร์ม")];
  const rows = t.rows.map((s) => [
    s.step ?? "",
    dateOrUnreadable(ctx, index, t.sheet, s, "date", s.date) || "ยังไม่มีวันที่",
    s.status ?? "ไม่ระบุ",
    ctx.fmt.text(s.reference ?? ""),
  ]);
  const headers = ["ขั้นตอน", "วันที่", "สถานะ", "เอกสารอ้างอิง/มติ"];
  blocks.push(table({ headers, widths: widths(width, contentWeights({ headers, rows }, width / 2.5)), rows }));
  return blocks;
}

/** The part on the plan's making; its heading is the caller's. */
export function planProcess(result: CheckResult, ctx: BuildContext, width: number): Block[] {
  const index = unreadableIndex(result);
  return [
    ...hearings(result, ctx, index, width),
    ...needs(result, ctx, width),
    ...committee(result, ctx, width),
    ...approvals(result, ctx, index, width),
  ];
}
