/** How numbers, money and dates read in a document: core/thai's formatters (Buddhist Era, thousands separators), Thai digits on request. */
import { arabicToThaiDigits, bahtWords, formatBaht, formatFixed, formatMillions, formatNumber, formatThaiDate } from "../../core";

export interface Formatter {
  thaiDigits: boolean;
  /** Any text that may hold digits (years, counts); identifiers (codes, cell addresses) keep Arabic digits. */
  text(s: string | number | null | undefined): string;
  num(n: number | null | undefined): string;
  baht(n: number | null | undefined): string;
  /** "1,234.57": baht in millions, two places (tables summing many provinces). */
  millions(n: number | null | undefined): string;
  /** "12.5": always `decimals` places (shares, percentages). */
  fixed(n: number | null | undefined, decimals: number): string;
  /** "หนึ่งล้านบาทถ้วน"; empty for a missing amount. */
  bahtWords(n: number | null | undefined): string;
  date(iso: string | null | undefined, style?: "short" | "long"): string;
  /** "15 ม.ค. 2552 – 30 ก.ย. 2552". */
  period(start: string | null | undefined, end: string | null | undefined): string;
}

/** A run of text between spaces; one holding a Latin letter is an identifier (TR52-001, S18, โครงการ!G7). */
const WORD = /\S+/g;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Thai digits in prose and figures, but not inside identifiers: project
 * codes and cell addresses must read as they do in the workbook.
 */
export function thaiDigitsOutsideIdentifiers(s: string): string {
  return s.replace(WORD, (word) => (LATIN_LETTER.test(word) ? word : arabicToThaiDigits(word)));
}

export function makeFormatter(opts: { thaiDigits?: boolean } = {}): Formatter {
  const thaiDigits = opts.thaiDigits ?? false;
  const date = (iso: string | null | undefined, style: "short" | "long" = "short") => formatThaiDate(iso, { style, thaiDigits });
  return {
    thaiDigits,
    text: (s) => (s === null || s === undefined ? "" : thaiDigits ? thaiDigitsOutsideIdentifiers(String(s)) : String(s)),
    num: (n) => formatNumber(n, { thaiDigits }),
    baht: (n) => formatBaht(n, { thaiDigits }),
    millions: (n) => formatMillions(n, { thaiDigits }),
    fixed: (n, decimals) => formatFixed(n, decimals, { thaiDigits }),
    bahtWords,
    date,
    period: (start, end) => {
      const a = date(start);
      const b = date(end);
      return a && b ? `${a} – ${b}` : a || b;
    },
  };
}

/** Sum of the given amounts, ignoring blanks. */
export function sum(values: (number | null | undefined)[]): number {
  let total = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) total += v;
  return total;
}
