/** The interface language: Thai by default, English with `--lang en`. */
import { UserError } from "../../../core/errors";

export type Lang = "th" | "en";

export function parseLang(v: string | undefined): Lang {
  const lang = v?.trim().toLowerCase();
  if (lang === undefined || lang === "th") return "th";
  if (lang === "en") return "en";
  throw new UserError(`ไม่รู้จักภาษา "${v}" (ใช้ th หรือ en)`, `unknown language "${v}" (use th or en)`);
}

export function t(lang: Lang, th: string, en: string): string {
  return lang === "en" ? en : th;
}

const SEVERITY = {
  error: { th: "ข้อผิดพลาด", en: "error" },
  warning: { th: "คำเตือน", en: "warning" },
  info: { th: "ข้อสังเกต", en: "info" },
} as const;

export function severityName(lang: Lang, s: keyof typeof SEVERITY): string {
  return SEVERITY[s][lang];
}

/** Thousands separators; decimals only where the value has them. */
export function formatNumber(n: number, digits = 2): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits });
}
