/** The five submission documents' builders. Pure: callable in the task pane too. */
import { DOC_KINDS, DOCUMENT_KINDS, type CheckResult, type DocKind, type DocumentKind } from "../../core";
import { buildActionPlanDocument } from "./action";
import { toDocument, type DocOptions, type DocSpec } from "./document";
import { buildKpiDocument } from "./kpi";
import { buildPlanDocument } from "./plan";
import { buildProposalsDocument } from "./proposals";
import { buildScreeningDocument } from "./screening";

export { DEFAULT_LETTERHEAD, toDocument, type DocOptions, type DocSpec, type SectionSpec } from "./document";
export { isTableSpec, toDocx, type Block, type TableSpec } from "./blocks";
export { OFFICIAL_STYLES, STYLE_IDS, REFERENCE_STYLES, FONT, A4, MARGIN } from "./style";
export { buildPacketDocument, packetFrontMatter, packetProvinceBlocks, type PacketInput, type PacketEntry, type LeftOut } from "./packet";
export { findDuplicates, type DuplicatePair, type DuplicateSearch } from "./duplicates";
export { COMMITTEES, COMMITTEES_2565, type Committee } from "./packet";

export { DOC_KINDS, documentBaseName, type DocKind } from "../../core";

/** Each kind's builder; the kinds themselves (names, numbers, file names) are core's DOCUMENT_KINDS. */
const BUILDERS: Record<DocKind, (result: CheckResult, opts?: DocOptions) => DocSpec> = {
  plan: buildPlanDocument,
  action: buildActionPlanDocument,
  proposals: buildProposalsDocument,
  screening: buildScreeningDocument,
  kpi: buildKpiDocument,
};

export interface DocKindInfo extends DocumentKind {
  build: (result: CheckResult, opts?: DocOptions) => DocSpec;
}

export const DOCUMENTS = Object.fromEntries(DOC_KINDS.map((id) => [id, { ...DOCUMENT_KINDS[id], build: BUILDERS[id] }])) as Record<
  DocKind,
  DocKindInfo
>;

/** One document as a docx Document (for the task pane, which packs it with Packer.toBlob). */
export function buildDocument(kind: DocKind, result: CheckResult, opts: DocOptions = {}) {
  return toDocument(BUILDERS[kind](result, opts));
}
