/**
 * Dates as Thai planners type them ("15 ม.ค. 52", "15/01/2552", "15 มกราคม
 * 2552", Excel serials) and as official documents print them (Buddhist Era,
 * through Intl's buddhist calendar, never a hand-rolled one).
 * Internally a date is an ISO string yyyy-mm-dd in the Gregorian calendar.
 */
import { thaiToArabicDigits } from "./digits";

export const BE_OFFSET = 543;

export const THAI_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."] as const;
export const THAI_MONTHS_LONG = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 (1899-12-30), which absorbs its 1900 leap-year bug for serials ≥ 61. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function isoFromParts(year: number, month1: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month1) || !Number.isInteger(day)) return undefined;
  const d = new Date(Date.UTC(year, month1 - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month1 - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Serial 60 is Excel's phantom 29 Feb 1900; serials below it count from one day later. */
const EXCEL_PHANTOM_LEAP_DAY = 60;

/** Serials repeat across a workbook's date columns; each is converted once. */
const isoBySerialDay = new Map<number, string>();

export function isoFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  if (day === EXCEL_PHANTOM_LEAP_DAY) return undefined;
  const known = isoBySerialDay.get(day);
  if (known !== undefined) return known;
  const offset = day < EXCEL_PHANTOM_LEAP_DAY ? day + 1 : day;
  const iso = new Date(EXCEL_EPOCH + offset * MS_PER_DAY).toISOString().slice(0, 10);
  if (isoBySerialDay.size < 100_000) isoBySerialDay.set(day, iso);
  return iso;
}

export function serialFromIso(iso: string): number {
  const days = Math.round((Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH) / MS_PER_DAY);
  return days <= EXCEL_PHANTOM_LEAP_DAY ? days - 1 : days;
}

/** A typed year: 2-digit BE ("52" → 2552), 4-digit BE, or 4-digit CE (2009 → 2552). */
export function beYearFrom(typed: number): number {
  if (typed < 100) return 2500 + typed;
  if (typed < 2300) return typed + BE_OFFSET;
  return typed;
}

function monthFromThai(token: string): number | undefined {
  const t = token.replace(/\s+/g, "");
  const short = THAI_MONTHS_SHORT.findIndex((m) => m === t || m.replace(/\./g, "") === t.replace(/\./g, ""));
  if (short >= 0) return short + 1;
  const long = THAI_MONTHS_LONG.findIndex((m) => m === t);
  return long >= 0 ? long + 1 : undefined;
}

/**
 * Reads a date as typed. Slash or dash dates are day/month/year; a year is
 * read as BE unless it is clearly CE (below 2300). ISO yyyy-mm-dd is read
 * as Gregorian.
 */
export function parseThaiDate(input: string): string | undefined {
  // "พ.ศ." / "ค.ศ." before the year only name the era; the year's size tells BE from CE.
  const s = thaiToArabicDigits(input)
    .replace(/\s*[พค]\.\s?ศ\.?\s*/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  if (!s) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return isoFromParts(y > 2300 ? y - BE_OFFSET : y, Number(m[2]), Number(m[3]));
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) return isoFromParts(beYearFrom(Number(m[3])) - BE_OFFSET, Number(m[2]), Number(m[1]));
  m = /^(?:วันที่\s*)?(\d{1,2})\s*([ก-๙.]+(?:\s?[ก-๙.]+)?)\s*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = monthFromThai(m[2]);
    if (!month) return undefined;
    return isoFromParts(beYearFrom(Number(m[3])) - BE_OFFSET, month, Number(m[1]));
  }
  return undefined;
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export interface ThaiDateOptions {
  style?: "short" | "long";
  thaiDigits?: boolean;
  lang?: "th" | "en";
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** "15 ม.ค. 2552" (short), "15 มกราคม 2552" (long); English keeps the BE year. Every output prints dates through this. */
export function formatThaiDate(iso: string | null | undefined, opts: ThaiDateOptions = {}): string {
  if (!iso) return "";
  const locale = opts.lang === "en" ? "en-GB-u-ca-buddhist" : `th-TH-u-ca-buddhist${opts.thaiDigits ? "-nu-thai" : "-nu-latn"}`;
  const month = opts.style === "long" ? "long" : "short";
  const key = `${locale}|${month}`;
  // Building an Intl formatter costs far more than using one: keep one per locale and style.
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month, year: "numeric", timeZone: "UTC" });
    DATE_FORMATS.set(key, format);
  }
  const date = utcDate(iso);
  // A cell's text that is not a date prints as it was typed rather than failing a whole report.
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** The fiscal year (BE) a date falls in: 1 Oct 2008 – 30 Sep 2009 is FY 2552. */
export function fiscalYearOf(iso: string): number {
  const d = utcDate(iso);
  const ce = d.getUTCFullYear() + (d.getUTCMonth() >= 9 ? 1 : 0);
  return ce + BE_OFFSET;
}

export function fiscalYearBounds(fyBE: number): { start: string; end: string } {
  const ce = fyBE - BE_OFFSET;
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** Quarter 1–4 of the fiscal year (Q1 ต.ค.–ธ.ค.). */
export function fiscalQuarterOf(iso: string): 1 | 2 | 3 | 4 {
  const month0 = utcDate(iso).getUTCMonth();
  return (Math.floor(((month0 + 3) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
