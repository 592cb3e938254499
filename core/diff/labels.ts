/** Thai and English names of the compared fields and values, from the schema: one source for the terminal, Word and the pane. */
import { ENUMS, SHEETS, type SheetKey } from "../schema";
import type { Bilingual } from "../rules/types";
import { formatNumber, formatThaiDate } from "../thai";
import type { FieldChange, FieldValue, PlanPart } from "./types";

const SHEET_OF_PART: Record<PlanPart | "project", SheetKey> = {
  project: "projects",
  vision: "positioning",
  mission: "positioning",
  positioning: "positioning",
  objective: "objectives",
  issue: "issues",
  approach: "approaches",
};

const EXTRA_FIELDS: Record<string, Bilingual> = {
  ceiling: { th: "ในวงเงิน/เกินวงเงิน", en: "Inside/over the ceiling" },
};

export const PART_NAMES: Record<PlanPart, Bilingual> = {
  vision: { th: "วิสัยทัศน์", en: "Vision" },
  mission: { th: "พันธกิจ", en: "Mission" },
  positioning: { th: "ตำแหน่งทางยุทธศาสตร์", en: "Positioning" },
  objective: { th: "วัตถุประสงค์", en: "Objective" },
  issue: { th: "ประเด็นยุทธศาสตร์", en: "Strategic issue" },
  approach: { th: "แนวทางการพัฒนา", en: "Approach" },
};

export const CHANGE_NAMES = {
  added: { th: "เพิ่มใหม่", en: "added" },
  removed: { th: "ตัดออก", en: "removed" },
  changed: { th: "เปลี่ยนแปลง", en: "changed" },
} as const satisfies Record<string, Bilingual>;

const STANDING: Record<string, Bilingual> = {
  inside: { th: "ในวงเงิน", en: "inside the ceiling" },
  over: { th: "เกินวงเงิน", en: "over the ceiling" },
};

export function fieldName(part: PlanPart | "project", field: string): Bilingual {
  const extra = EXTRA_FIELDS[field];
  if (extra) return extra;
  const sheet = SHEETS.find((s) => s.key === SHEET_OF_PART[part]);
  const col = sheet?.columns.find((c) => c.key === field);
  return col ? { th: col.th, en: col.en } : { th: field, en: field };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Enumerated values (kind, budget source, decision…) by their Thai value → English, for `--lang en`. */
const ENUM_EN = new Map<string, string>(Object.values(ENUMS).flatMap((d) => d.options.map((o): [string, string] => [o.value, o.en])));

/** A value as a reader sees it: Thai dates, thousands separators, "unreadable" for a cell that could not be read. */
export function valueText(field: string, v: FieldValue, lang: "th" | "en"): string {
  if (v === null && field === "ceiling") return lang === "th" ? "ไม่ใช้วงเงิน" : "draws on no ceiling";
  if (v === null) return lang === "th" ? "(ว่าง)" : "(blank)";
  if (typeof v === "object") return lang === "th" ? `อ่านไม่ได้ (${v.unreadable})` : `unreadable (${v.unreadable})`;
  if (field === "ceiling" && typeof v === "string") return STANDING[v]?.[lang] ?? v;
  if (typeof v === "number") return field === "issueNo" || field === "priority" || field === "targetYear" ? String(v) : formatNumber(v);
  if (typeof v === "boolean") return lang === "th" ? (v ? "ใช่" : "ไม่ใช่") : v ? "yes" : "no";
  if (ISO_DATE.test(v)) return formatThaiDate(v, { lang }) || v;
  return lang === "en" ? (ENUM_EN.get(v) ?? v) : v;
}

/** "+1,000" or "-1,000": a difference with its sign. */
export function signedNumber(n: number): string {
  return `${n > 0 ? "+" : ""}${formatNumber(n)}`;
}

/** "-1,000,000 บาท (-4 %)": a budget change's difference in baht and percent (the terminal's and the pane's wording). */
export function budgetDifference(lang: "th" | "en", f: FieldChange): string {
  if (f.difference === undefined) return "";
  const pct = f.percent === null || f.percent === undefined ? "" : ` (${signedNumber(f.percent)} %)`;
  return `${signedNumber(f.difference)} ${lang === "en" ? "baht" : "บาท"}${pct}`;
}
