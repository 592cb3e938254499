/** Text helpers shared by the rules: normalising, evidence and reason tests, bigram similarity. */

// Cell text reaches the model already NFC-normalised and trimmed (parse/values.ts cellText).

// Regex literals are hoisted: a literal makes a new RegExp object each time it is evaluated, and these run per row.
const WHITESPACE_RUN = /\s+/g;
const NON_SPACE = /\S/;
const LATIN_CAPITAL = /[A-Z]/;
const DIGIT = /[0-9\u0E50-\u0E59]/;

/** Whitespace collapsed, trimmed. */
export function normaliseText(s: string | null | undefined): string {
  if (!s) return "";
  // Most cells hold single-spaced text: skip the regex for them (this runs on every reason of every project).
  const plain = s.indexOf("  ") < 0 && s.indexOf("\n") < 0 && s.indexOf("\t") < 0 && s.indexOf("\r") < 0 && s.indexOf("\u00A0") < 0;
  return plain ? s.trim() : s.replace(WHITESPACE_RUN, " ").trim();
}

/** Nothing but whitespace, or nothing at all (no new string is made: this runs per project per rule). */
export function isBlank(s: string | null | undefined): boolean {
  return !s || !NON_SPACE.test(s);
}

/** Spaces, ASCII and Thai punctuation, and common typographic marks. */
const PUNCTUATION = /[\s!-/:-@[-`{-~\u00A0-\u00BF\u0E2F\u0E46\u0E4F\u0E5A\u0E5B\u2010-\u2027\u2030-\u205E\u3000-\u303F\uFF01-\uFF0F]+/g;

/** Lower case with spaces, punctuation and symbols removed: "ต.บ้านใหม่, อ.เมือง" → "ตบ้านใหม่อเมือง". */
export function compactKey(s: string | null | undefined): string {
  if (!s) return "";
  // Thai has no case: lower-casing (slow on non-ASCII text) only when there is a Latin capital.
  return (LATIN_CAPITAL.test(s) ? s.toLowerCase() : s).replace(PUNCTUATION, "");
}

const PROJECT_WORD = /โครงการ/g;

/** The word โครงการ or a run of punctuation: neither holds a character of the other, so one pass removes both. */
const PROJECT_WORD_OR_PUNCTUATION = new RegExp(`โครงการ|${PUNCTUATION.source}`, "g");

/** A project name reduced for duplicate detection: the word โครงการ, spaces and punctuation removed. */
export function normaliseProjectName(name: string | null | undefined): string {
  if (!name) return "";
  // Without a Latin capital nothing is lower-cased, and one pass gives what the two below give.
  if (!LATIN_CAPITAL.test(name)) return name.replace(PROJECT_WORD_OR_PUNCTUATION, "");
  return compactKey(name.replace(PROJECT_WORD, ""));
}

/** A buffer of UTF-16 code units reused from name to name. */
export class CodeUnits {
  units = new Uint16Array(64);
  length = 0;

  reserve(n: number): void {
    if (n > this.units.length) this.units = new Uint16Array(Math.max(n, this.units.length * 2));
  }
}

const PROJECT_WORD_TEXT = "โครงการ";
const PROJECT_WORD_FIRST = PROJECT_WORD_TEXT.charCodeAt(0);
let punctuationUnits: Uint8Array | undefined;

/** Per UTF-16 unit, 1 when PUNCTUATION matches it: made once, from the expression itself, so the two agree. */
function isPunctuationTable(): Uint8Array {
  if (punctuationUnits) return punctuationUnits;
  const one = new RegExp(`^${PUNCTUATION.source.slice(0, -1)}$`);
  const table = new Uint8Array(65_536);
  for (let c = 0; c < table.length; c++) table[c] = one.test(String.fromCharCode(c)) ? 1 : 0;
  return (punctuationUnits = table);
}

/**
 * normaliseProjectName written into `out` as code units, without making a
 * string: the duplicate search reads every name of a sheet of 50,000 rows,
 * and only needs the units (to compare names and count bigrams).
 */
export function projectNameUnits(name: string | null | undefined, out: CodeUnits): void {
  out.length = 0;
  if (!name) return;
  if (LATIN_CAPITAL.test(name)) {
    // Rare: lower-casing may change lengths, so the string path decides.
    const norm = normaliseProjectName(name);
    out.reserve(norm.length);
    for (let i = 0; i < norm.length; i++) out.units[i] = norm.charCodeAt(i);
    out.length = norm.length;
    return;
  }
  out.reserve(name.length);
  const punctuation = isPunctuationTable();
  const units = out.units;
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === PROJECT_WORD_FIRST && name.startsWith(PROJECT_WORD_TEXT, i)) {
      i += PROJECT_WORD_TEXT.length - 1;
      continue;
    }
    if (punctuation[c] === 0) units[n++] = c;
  }
  out.length = n;
}

/** Scratch space for `bigrams`, reused from name to name (a national packet has tens of thousands). */
let bigramScratch = new Uint32Array(256);

/**
 * Character bigrams of a string as numbers (two UTF-16 units each; Thai is
 * all in the basic plane), ascending and without repeats.
 */

export function bigrams(s: string): number[] {
  if (s.length < 2) return [];
  const n = s.length - 1;
  if (n > bigramScratch.length) bigramScratch = new Uint32Array(Math.max(n, bigramScratch.length * 2));
  // Two UTF-16 units in one unsigned 32-bit key; typed arrays sort numerically, natively.
  const all = bigramScratch.subarray(0, n);
  for (let i = 0; i < n; i++) all[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  all.sort();
  const out: number[] = [all[0]];
  for (let i = 1; i < n; i++) if (all[i] !== all[i - 1]) out.push(all[i]);
  return out;
}

/** Dice coefficient of two bigram sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: readonly number[], b: readonly number[]): number {
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
  return DIGIT.test(s ?? "");
}

const URL_PATTERN = /(https?:\/\/|www\.)\S+/i;

/**
 * Evidence: the text holds a number, a URL, or a word naming a source from
 * the list, where a word counts only at the start of a word: Thai is written
 * without spaces, so "กรม" (department) also sits inside "เกษตรกรมี".
 */
export function hasEvidence(texts: (string | null | undefined)[], sourceWords: readonly string[]): boolean {
  for (const t of texts) {
    if (!t) continue;
    if (hasNumber(t) || URL_PATTERN.test(t)) return true;
    for (const w of sourceWords) for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) if (startsWord(t, at)) return true;
  }
  return false;
}

/** How far either side of a position the word breaker looks: enough context for Thai dictionary breaking. */
const WORD_WINDOW = 24;
let thaiWords: Intl.Segmenter | undefined;

/** Whether a word starts at `at`, by the Thai word breaker (Intl.Segmenter) over a window around it. */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const from = Math.max(0, at - WORD_WINDOW);
  thaiWords ??= new Intl.Segmenter("th", { granularity: "word" });
  for (const s of thaiWords.segment(text.slice(from, at + WORD_WINDOW))) {
    if (from + s.index === at) return true;
    if (from + s.index > at) return false;
  }
  return false;
}

/** Administrative words written out, with the abbreviation each is also written as (หมู่บ้าน, a village, is kept). */
const PLACE_WORDS = /ตำบล|อำเภอ|จังหวัด|หมู่ที่|หมู่(?!บ้าน)/g;
const PLACE_ABBREVIATION: Record<string, string> = { ตำบล: "ต.", อำเภอ: "อ.", จังหวัด: "จ.", หมู่ที่: "ม.", หมู่: "ม." };

/** A place compared as written either way: "ตำบลแสนตุ้ง อำเภอเขาสมิง" and "ต.แสนตุ้ง อ.เขาสมิง" give one key. */
export function placeKey(s: string | null | undefined): string {
  if (!s) return "";
  return compactKey(s.replace(PLACE_WORDS, (w) => PLACE_ABBREVIATION[w]));
}

/** A text function remembering its answers: for texts that repeat row after row (places, agencies). */
function remembering(key: (s: string) => string): () => (s: string) => string {
  return () => {
    const seen = new Map<string, string>();
    return (s) => {
      let k = seen.get(s);
      if (k === undefined) seen.set(s, (k = key(s)));
      return k;
    };
  };
}

/** placeKey, each distinct place worked out once per check. */
export const memoisedPlaceKey = remembering(placeKey);

/** compactKey, each distinct text worked out once per check. */
export const memoisedCompactKey = remembering(compactKey);
