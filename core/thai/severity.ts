/** How a finding's severity reads, Thai and English: one table for the CLI, the Word documents and the pane. */
import type { Severity } from "../rules/types";

interface Words {
  th: string;
  en: string;
}

/** Most severe first: the order lists and counts follow. */
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** The severity's name: "ข้อผิดพลาด" / "error". */
export const SEVERITY_NAMES: Record<Severity, Words> = {
  error: { th: "ข้อผิดพลาด", en: "error" },
  warning: { th: "คำเตือน", en: "warning" },
  info: { th: "ข้อสังเกต", en: "info" },
};

/** What it asks of the planner, as the pane labels a finding: "ต้องแก้ไข" / "Must fix". */
export const SEVERITY_ADVICE: Record<Severity, Words> = {
  error: { th: "ต้องแก้ไข", en: "Must fix" },
  warning: { th: "ควรตรวจสอบ", en: "Should check" },
  info: { th: "ข้อสังเกต", en: "Note" },
};

export function severityName(severity: Severity, lang: "th" | "en" = "th"): string {
  return SEVERITY_NAMES[severity][lang];
}
