/* global Blob */
/**
 * The Word documents the pane can build: the five kinds of
 * generator/documents (pure builders shared with the CLI). The builders and
 * docx are loaded on first use, so opening the pane stays quick.
 */
import type { CheckResult } from "../../core";

export type DocumentKindId = "plan" | "action" | "proposals" | "screening" | "kpi";

export interface DocumentKind {
  id: DocumentKindId;
  th: string;
  en: string;
}

export const DOCUMENT_KINDS: DocumentKind[] = [
  { id: "plan", th: "แผนพัฒนาจังหวัด/กลุ่มจังหวัด", en: "Development plan" },
  { id: "action", th: "แผนปฏิบัติราชการประจำปี", en: "Annual action plan" },
  { id: "proposals", th: "แบบเสนอโครงการ", en: "Project proposal forms" },
  { id: "screening", th: "รายงานผลการพิจารณากลั่นกรอง", en: "Screening report" },
  { id: "kpi", th: "รายงานผลตัวชี้วัดที่ 3.6", en: "KPI 3.6 report" },
];

export type BuildDocument = (kind: DocumentKindId, result: CheckResult) => Promise<Blob>;

/** Builds with the official built-in styles and letterhead (the CLI can also apply an edited templates/reference.docx). */
export const wordBuilder: BuildDocument = async (kind, result) => {
  const [{ buildDocument, DEFAULT_LETTERHEAD }, { Packer }] = await Promise.all([import("../../generator/documents"), import("docx")]);
  return Packer.toBlob(buildDocument(kind, result, { letterhead: DEFAULT_LETTERHEAD }));
};

/** "ตราด-2552-3-แบบเสนอโครงการ.docx": without path characters, whatever the cells hold. */
export async function documentFileName(kind: DocumentKindId, result: CheckResult): Promise<string> {
  const { documentBaseName } = await import("../../generator/documents");
  const printable = [...documentBaseName(kind, result)].filter((ch) => ch.charCodeAt(0) >= 0x20).join("");
  return `${printable.replace(/[\\/:*?"<>|]+/g, "-").slice(0, 120)}.docx`;
}
