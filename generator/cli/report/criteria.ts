/** Short names of the screening criteria (DOMAIN.md §6) and rule families, for report headings. */
import { CRITERION_NAMES, type Criterion } from "../../../core";
import type { Lang } from "./lang";

const NAMES = Object.fromEntries(Object.entries(CRITERION_NAMES).map(([k, v]) => [k, [v.th, v.en]])) as Record<Criterion, [string, string]>;

export function criterionHeading(lang: Lang, c: Criterion | string): string {
  const n = NAMES[c as Criterion];
  const numbered = /^\d/.test(c);
  const label = lang === "en" ? (numbered ? `Criterion ${c}` : c) : numbered ? `เกณฑ์ ${c}` : (n?.[0] ?? c);
  if (!n) return label;
  if (!numbered) return lang === "en" ? n[1] : n[0];
  return `${label} ${lang === "en" ? n[1] : n[0]}`;
}
