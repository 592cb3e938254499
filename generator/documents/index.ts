/** The five submission documents: kinds, builders and file names. Pure: callable in the task pane too. */
import type { CheckResult } from "../../core";
import { buildActionPlanDocument } from "./action";
import { toDocument, type DocOptions, type DocSpec } from "./document";
import { buildKpiDocument } from "./kpi";
import { buildPlanDocument } from "./plan";
import { buildProposalsDocument } from "./proposals";
import { buildScreeningDocument } from "./screening";

export { DEFAULT_LETTERHEAD, toDocument, type DocOptions, type DocSpec, type SectionSpec } from "./document";
export { isTableSpec, toDocx, type Block, type TableSpec } from "./blocks";
export { OFFICIAL_STYLES, STYLE_IDS, FONT, A4, MARGIN } from "./style";
export { buildPacketDocument, packetFrontMatter, packetProvinceBlocks, type PacketInput, type PacketEntry, type LeftOut } from "./packet";
export { findDuplicates, type DuplicatePair, type DuplicateSearch } from "./duplicates";
export { COMMITTEES, COMMITTEES_2565, type Committee } from "./packet";

export const DOC_KINDS = ["plan", "action", "proposals", "screening", "kpi"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocKindInfo {
  kind: DocKind;
  no: number;
  th: (result: CheckResult) => string;
  build: (result: CheckResult, opts?: DocOptions) => DocSpec;
}

export const DOCUMENTS: Record<DocKind, DocKindInfo> = {
  plan: {
    kind: "plan",
    no: 1,
    th: (r) => (r.model.info.values.level === "กลุ่มจังหวัด" ? "แผนพัฒนากลุ่มจังหวัด" : "แผนพัฒนาจังหวัด"),
    build: buildPlanDocument,
  },
  action: { kind: "action", no: 2, th: () => "แผนปฏิบัติราชการประจำปี", build: buildActionPlanDocument },
  proposals: { kind: "proposals", no: 3, th: () => "แบบเสนอโครงการ", build: buildProposalsDocument },
  screening: { kind: "screening", no: 4, th: () => "รายงานผลการพิจารณากลั่นกรอง", build: buildScreeningDocument },
  kpi: { kind: "kpi", no: 5, th: () => "รายงานผลตัวชี้วัดที่ 3.6", build: buildKpiDocument },
};

/** One document as a docx Document (for the task pane, which packs it with Packer.toBlob). */
export function buildDocument(kind: DocKind, result: CheckResult, opts: DocOptions = {}) {
  return toDocument(DOCUMENTS[kind].build(result, opts));
}

/** "ตราด-2552-1-แผนพัฒนาจังหวัด" (the caller makes it safe and adds .docx). */
export function documentBaseName(kind: DocKind, result: CheckResult): string {
  const d = DOCUMENTS[kind];
  return `${result.province || "ไม่ระบุจังหวัด"}-${result.model.info.values.fiscalYear ?? "ไม่ระบุปี"}-${d.no}-${d.th(result)}`;
}
