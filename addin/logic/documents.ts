/**
 * The Word documents the pane can build: the five kinds of
 * generator/documents (pure builders shared with the CLI), built and packed
 * in the pane's worker (worker/jobs.ts).
 */
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
