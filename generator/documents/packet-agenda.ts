/** The packet's agenda page (ระเบียบวาระการประชุม) and where each plan stands in it. */
import { para, title, type Block } from "./blocks";
import type { BuildContext } from "./document";
import { COMMITTEES, type PacketInput } from "./packet-types";
import { placeName } from "./summary";

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

function agendaOf(input: PacketInput): readonly string[] {
  return input.agenda?.length ? input.agenda : AGENDA_ITEMS;
}

/** The index of the agenda item the plans go under: เรื่องเพื่อพิจารณา, or the last item of an agenda without it. */
function plansItem(input: PacketInput): number {
  const items = agendaOf(input);
  const at = items.indexOf(FOR_DECISION);
  return at < 0 ? items.length - 1 : at;
}

/** "ระเบียบวาระที่ 4.2 จังหวัดตราด": a plan's item, the heading of its section. */
export function provinceHeading(input: PacketInput, i: number, ctx: BuildContext): string {
  return ctx.fmt.text(`ระเบียบวาระที่ ${plansItem(input) + 1}.${i + 1} ${placeName(input.entries[i].result)}`);
}

/** The agenda page: the meeting (dotted blanks for what is not given), its items, the plans under เรื่องเพื่อพิจารณา. */
export function agendaBlocks(input: PacketInput, ctx: BuildContext): Block[] {
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
