/**
 * Number and date formatting for messages, with the formatters built once:
 * constructing an Intl formatter costs ~100 µs, and a large workbook can
 * raise thousands of findings. Output matches core/thai's formatBaht and
 * formatThaiDate (short style).
 */
const INTEGER = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const DECIMAL = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const THAI_DATE = new Intl.DateTimeFormat("th-TH-u-ca-buddhist-nu-latn", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "1,234,567" or "1,234.50". */
export function baht(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "";
  return (Number.isInteger(amount) ? INTEGER : DECIMAL).format(amount);
}

/** "15 ม.ค. 2552". */
export function thaiDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : THAI_DATE.format(d);
}
