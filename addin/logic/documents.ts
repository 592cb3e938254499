/**
 * The Word documents the pane can build (issue 4's five kinds). Building is
 * a small interface so the pane does not depend on how documents are made.
 *
 * WIRING PENDING: generator/documents/ (pure docx builders) had not landed
 * when this was written; `wordBuilder` stays undefined until it does, and the
 * ส่งออก Word panel says the builders are not available yet.
 */
/* global Blob */
import type { CheckResult } from "../../core";

export type DocumentKindId = "development-plan" | "action-plan" | "proposals" | "screening" | "kpi";

export interface DocumentKind {
  id: DocumentKindId;
  th: string;
  en: string;
}

export const DOCUMENT_KINDS: DocumentKind[] = [
  { id: "development-plan", th: "แผนพัฒนาจังหวัด/กลุ่มจังหวัด", en: "Development plan" },
  { id: "action-plan", th: "แผนปฏิบัติราชการประจำปี", en: "Annual action plan" },
  { id: "proposals", th: "แบบเสนอโครงการ", en: "Project proposal forms" },
  { id: "screening", th: "รายงานผลการพิจารณากลั่นกรอง", en: "Screening report" },
  { id: "kpi", th: "รายงานผลการดำเนินงานตัวชี้วัดที่ 3.6", en: "KPI 3.6 report" },
];

export type BuildDocument = (kind: DocumentKindId, result: CheckResult) => Promise<Blob>;

/** Set when generator/documents provides the builders. */
export const wordBuilder: BuildDocument | undefined = undefined;

/** A file name without path characters, whatever the province is called. */
export function documentFileName(kind: DocumentKind, province: string): string {
  const printable = [...`${kind.th}-${province || "แผน"}`].filter((ch) => ch.charCodeAt(0) >= 0x20).join("");
  const safe = printable.replace(/[\\/:*?"<>|]+/g, "-").slice(0, 120);
  return `${safe}.docx`;
}
