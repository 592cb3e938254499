/**
 * Reads one cell into its column's type. Never throws: a value it cannot read
 * comes back as `{ ok: false }` and the parser turns it into a finding.
 */
import { isBlank, isExcelError, type CellValue } from "../grid";
import { matchEnum, matchOption, type ColumnDef, type ColumnType } from "../schema";
import type { PackChoices } from "../packs/choices";
import { beYearFrom, isoFromSerial, parseThaiDate } from "../thai/dates";
import { thaiToArabicDigits } from "../thai/digits";

export type ReadResult = { ok: true; value: string | number | boolean | string[] | null } | { ok: false; error: boolean; raw: string };

const BLANK: ReadResult = { ok: true, value: null };

/**
 * Text is kept as typed (trimmed). Whatever compares text normalises it
 * itself (headers, choices, duplicate names): scanning every long cell for
 * NFC here was the largest cost of parsing a big workbook.
 */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

// Regex literals are hoisted: a literal makes a new RegExp object each time it is evaluated, and these run per cell.
const SEPARATORS = /[,\s]/g;
const UNIT_SUFFIX = /(บาท|คน|%|ราย|ครั้ง)$/u;
/** The baht sign, as Excel's Thai currency format writes it ("฿1,000", "-฿1,000", "(฿1,000)"). */
const BAHT_SIGN = /฿/g;
const IN_PARENTHESES = /^\(.*\)$/;
const DECIMAL = /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i;
const YEAR_PREFIX = /^(พ\.ศ\.|ปี)\s*/;
const LIST_SEPARATORS = /[,;、\n]+|\s+/;

/** "1,234.50 บาท", "฿1,234.50", "๑๒๓", "(1,000)" → numbers. */
export function parseNumberText(s: string): number | undefined {
  let t = thaiToArabicDigits(s).replace(SEPARATORS, "").replace(UNIT_SUFFIX, "").replace(BAHT_SIGN, "");
  let negative = false;
  if (IN_PARENTHESES.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (!DECIMAL.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? (negative ? -n : n) : undefined;
}

/** A cell that cannot be read, with the start of what it holds: made only then (most cells can be read). */
function unreadable(v: CellValue): ReadResult {
  return { ok: false, error: false, raw: cellText(v).slice(0, 80) };
}

type Reader = (v: Exclude<CellValue, null>, col: ColumnDef, extra?: PackChoices) => ReadResult;

function readNumber(v: Exclude<CellValue, null>, wholeOnly: boolean): ReadResult {
  const n = typeof v === "number" ? v : parseNumberText(cellText(v));
  if (n === undefined || !Number.isFinite(n)) return unreadable(v);
  if (wholeOnly && !Number.isInteger(n)) return unreadable(v);
  return { ok: true, value: n };
}

/** One reader per column type (a new type does not compile until it has one); each gets a non-blank, non-error cell. */
const READERS: Record<ColumnType, Reader> = {
  text: (v) => ({ ok: true, value: cellText(v) }),
  code: (v) => ({ ok: true, value: typeof v === "number" ? String(v) : cellText(v) }),
  integer: (v) => readNumber(v, true),
  number: (v) => readNumber(v, false),
  money: (v) => readNumber(v, false),
  percent: (v) => readNumber(v, false),
  year: (v) => {
    const n = typeof v === "number" ? v : parseNumberText(cellText(v).replace(YEAR_PREFIX, ""));
    if (n === undefined || !Number.isInteger(n) || n <= 0) return unreadable(v);
    return { ok: true, value: beYearFrom(n) };
  },
  date: (v) => {
    const iso = typeof v === "number" ? isoFromSerial(v) : parseThaiDate(cellText(v));
    return iso ? { ok: true, value: iso } : unreadable(v);
  },
  enum: (v, col, extra) => {
    const text = cellText(v);
    const own = col.enumKey ? extra?.[col.enumKey] : undefined;
    const m = col.enumKey ? (matchEnum(col.enumKey, text) ?? (own ? matchOption(own, text) : undefined)) : undefined;
    return m ? { ok: true, value: m } : unreadable(v);
  },
  bool: (v) => {
    if (typeof v === "boolean") return { ok: true, value: v };
    const m = matchEnum("yesNo", cellText(v));
    return m ? { ok: true, value: m === "ใช่" } : unreadable(v);
  },
  list: (v) => {
    const parts = (typeof v === "number" ? String(v) : cellText(v))
      .split(LIST_SEPARATORS)
      .map((p) => thaiToArabicDigits(p.trim()))
      .filter(Boolean);
    return { ok: true, value: parts };
  },
};

/** `extra`: options a pack declares beyond core's lists, read as values too. */
export function readCell(col: ColumnDef, v: CellValue, extra?: PackChoices): ReadResult {
  if (isBlank(v)) return BLANK;
  if (isExcelError(v)) return { ok: false, error: true, raw: String(v).trim() };
  return READERS[col.type](v as Exclude<CellValue, null>, col, extra);
}
