/**
 * The committee packet: cover, the agenda, contents, the summary part
 * (packet-front.ts), then one section per province (packet-sections.ts),
 * which a writer may serialise one province at a time.
 */
import { headingsOf, cover, type Block } from "./blocks";
import {
  contents,
  coverSection,
  contextOf,
  docSpec,
  letterheadFor,
  section,
  type BuildContext,
  type DocOptions,
  type DocProperties,
  type DocSpec,
  type Issuer,
} from "./document";
import { agendaBlocks, provinceHeading } from "./packet-agenda";
import { packetSummaryBlocks } from "./packet-front";
import { packetProvinceBlocks, PROVINCE_SUBHEADINGS } from "./packet-sections";
import { COMMITTEES, type PacketInput } from "./packet-types";
import { clusterIssuer, issuerOf, placeName } from "./summary";

export { COMMITTEES, COMMITTEES_2565, type Committee, type LeftOut, type PacketEntry, type PacketInput } from "./packet-types";
export { AGENDA_ITEMS, provinceHeading } from "./packet-agenda";
export { DUPLICATES_SHOWN } from "./packet-front";
export { packetProvinceBlocks } from "./packet-sections";

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
  const summary = packetSummaryBlocks(input, ctx);
  // The province sections may be written one at a time: their headings are known from the entries alone.
  const provinceHeadings = input.entries.flatMap((_, i) => [
    { title: provinceHeading(input, i, ctx), level: 1 },
    ...PROVINCE_SUBHEADINGS.map((title) => ({ title, level: 2 })),
  ]);
  return { cover: [...coverBlocks, ...agendaBlocks(input, ctx), ...contents([...headingsOf(summary), ...provinceHeadings])], summary };
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
    [coverSection(front.cover), section(front.summary, "landscape"), section(provinces, "landscape")],
    opts,
    true,
    packetProperties(input),
  );
}
