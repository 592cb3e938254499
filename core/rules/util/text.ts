/** Text helpers shared by the rules: normalising, evidence and reason tests, bigram similarity. */

/** NFC, whitespace collapsed, trimmed. */
export function normaliseText(s: string | null | undefined): string {
  return (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Lower case with spaces, punctuation and symbols removed: "ต.บ้านใหม่, อ.เมือง" → "ตบ้านใหม่อเมือง". */
export function compactKey(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** A project name reduced for duplicate detection: the word โครงการ, spaces and punctuation removed. */
export function normaliseProjectName(name: string | null | undefined): string {
  return compactKey((name ?? "").normalize("NFC").replace(/โครงการ/g, ""));
}

/** Character bigrams (by code point) of a string, as a set. */
export function bigrams(s: string): string[] {
  const chars = Array.from(s);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return [...out];
}

/** Dice coefficient of two bigram sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: readonly string[], b: readonly string[]): number {
  // One-character names have no bigrams: only identical strings are alike, and callers test that first.
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const g of b) if (set.has(g)) shared++;
  return (2 * shared) / (a.length + b.length);
}

/** Similarity of two project names after normalisation (0–1). */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseProjectName(a);
  const nb = normaliseProjectName(b);
  if (na === nb) return 1;
  return dice(bigrams(na), bigrams(nb));
}

/** Arabic or Thai digits. */
export function hasNumber(s: string | null | undefined): boolean {
  return /[0-9\u0E50-\u0E59]/.test(s ?? "");
}

const URL_PATTERN = /(https?:\/\/|www\.)\S+/i;

/** Evidence: the text holds a number, names a source from the word list, or holds a URL. */
export function hasEvidence(texts: (string | null | undefined)[], sourceWords: readonly string[]): boolean {
  for (const t of texts) {
    if (!t) continue;
    if (hasNumber(t) || URL_PATTERN.test(t)) return true;
    for (const w of sourceWords) if (t.includes(w)) return true;
  }
  return false;
}
