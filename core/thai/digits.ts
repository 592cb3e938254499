/** Thai digits ๐–๙ ↔ Arabic digits 0–9. */
const THAI_ZERO = 0x0e50;

export function thaiToArabicDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export function arabicToThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
