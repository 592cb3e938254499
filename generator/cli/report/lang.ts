/** The interface language: Thai by default, English with `--lang en`. */
import { SEVERITY_NAMES, type Severity } from "../../../core";
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

export function severityName(lang: Lang, s: Severity): string {
  return SEVERITY_NAMES[s][lang];
}
