/**
 * The Word documents Phaen writes for one workbook, in their official order:
 * what the CLI's `generate --doc`, its help and the pane's export list all
 * list from. A new kind is a row here plus its builder in
 * generator/documents/index.ts (BUILDERS is keyed by these ids, so the
 * compiler asks for it).
 */
import type { CheckResult } from "../check";
import { safeFileName } from "./file-names";

export const DOC_KINDS = ["plan", "action", "proposals", "screening", "kpi"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocumentKind {
  id: DocKind;
  /** Its number in the submission (1–5), which file names carry so a folder lists in order. */
  no: number;
  /** The kind's name in a list to choose from. */
  th: string;
  en: string;
  /** The Thai title the document and its file carry for this workbook (a plan says province or cluster). */
  title(result: CheckResult): string;
}

const isCluster = (r: CheckResult) => r.model.info.values.level === "กลุ่มจังหวัด";

export const DOCUMENT_KINDS: Record<DocKind, DocumentKind> = {
  plan: {
    id: "plan",
    no: 1,
    th: "แผนพัฒนาจังหวัด/กลุ่มจังหวัด",
    en: "Development plan",
    title: (r) => (isCluster(r) ? "แผนพัฒนากลุ่มจังหวัด" : "แผนพัฒนาจังหวัด"),
  },
  action: { id: "action", no: 2, th: "แผนปฏิบัติราชการประจำปี", en: "Annual action plan", title: () => "แผนปฏิบัติราชการประจำปี" },
  proposals: { id: "proposals", no: 3, th: "แบบเสนอโครงการ", en: "Project proposal forms", title: () => "แบบเสนอโครงการ" },
  screening: {
    id: "screening",
    no: 4,
    th: "รายงานผลการพิจารณากลั่นกรอง",
    en: "Screening report",
    title: () => "รายงานผลการพิจารณากลั่นกรอง",
  },
  kpi: { id: "kpi", no: 5, th: "รายงานผลตัวชี้วัดที่ 3.6", en: "KPI 3.6 report", title: () => "รายงานผลตัวชี้วัดที่ 3.6" },
};

/** The kinds in their official order. */
export const DOCUMENT_KIND_LIST: readonly DocumentKind[] = DOC_KINDS.map((id) => DOCUMENT_KINDS[id]);

export function isDocKind(s: string): s is DocKind {
  return (DOC_KINDS as readonly string[]).includes(s);
}

/** "ตราด-2552-1-แผนพัฒนาจังหวัด", before it is made safe as a file name. */
export function documentBaseName(kind: DocKind, result: CheckResult): string {
  const d = DOCUMENT_KINDS[kind];
  return `${result.province || "ไม่ระบุจังหวัด"}-${result.model.info.values.fiscalYear ?? "ไม่ระบุปี"}-${d.no}-${d.title(result)}`;
}

/** "ตราด-2552-1-แผนพัฒนาจังหวัด.docx": the name the CLI writes and the pane saves, whatever the cells hold. */
export function documentFileName(kind: DocKind, result: CheckResult): string {
  return safeFileName(documentBaseName(kind, result), ".docx");
}
