import { bahttext } from "bahttext";
import { arabicToThaiDigits } from "./digits";

/** "1,234,567" or "1,234,567.50"; Thai digits on request. */
export function formatBaht(amount: number | null | undefined, opts: { thaiDigits?: boolean } = {}): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "";
  const s = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}

/** The amount in words: "หนึ่งล้านบาทถ้วน". */
export function bahtWords(amount: number): string {
  return bahttext(amount);
}

export function formatNumber(n: number | null | undefined, opts: { thaiDigits?: boolean; decimals?: number } = {}): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  const s = new Intl.NumberFormat("en-US", { maximumFractionDigits: opts.decimals ?? 2 }).format(n);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}
