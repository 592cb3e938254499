/**
 * Numbers and amounts as every output prints them (the CLI, the Word
 * documents, the pane, the rules' messages): thousands separators, Thai
 * digits on request. The Intl formatters are made once: making one costs far
 * more than using it, and a national packet formats tens of thousands of amounts.
 */
import { bahttext } from "bahttext";
import { arabicToThaiDigits } from "./digits";

const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const SATANG = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const UP_TO = new Map<number, Intl.NumberFormat>();

function finite(n: number | null | undefined): n is number {
  return n !== null && n !== undefined && Number.isFinite(n);
}

/** "1,234,567" or "1,234,567.50"; empty for a missing amount; Thai digits on request. */
export function formatBaht(amount: number | null | undefined, opts: { thaiDigits?: boolean } = {}): string {
  if (!finite(amount)) return "";
  const s = (Number.isInteger(amount) ? WHOLE : SATANG).format(amount);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}

/** The amount in words: "หนึ่งล้านบาทถ้วน"; empty for a missing amount. */
export function bahtWords(amount: number | null | undefined): string {
  return finite(amount) ? bahttext(amount) : "";
}

/** "1,234.5": decimals only where the value has them, at most `decimals` (2 unless told); empty for a missing number. */
export function formatNumber(n: number | null | undefined, opts: { thaiDigits?: boolean; decimals?: number } = {}): string {
  if (!finite(n)) return "";
  const decimals = opts.decimals ?? 2;
  let format = UP_TO.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals });
    UP_TO.set(decimals, format);
  }
  const s = format.format(n);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}

const FIXED = new Map<number, Intl.NumberFormat>();

/** "3.50", "12.0": always `decimals` places (scores, percentages); empty for a missing number. */
export function formatFixed(n: number | null | undefined, decimals: number, opts: { thaiDigits?: boolean } = {}): string {
  if (!finite(n)) return "";
  let format = FIXED.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FIXED.set(decimals, format);
  }
  const s = format.format(n);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}

/** "1,234.57": an amount in millions of baht, two places, for tables that sum many provinces. */
export function formatMillions(amount: number | null | undefined, opts: { thaiDigits?: boolean } = {}): string {
  return finite(amount) ? formatFixed(amount / 1_000_000, 2, opts) : "";
}
