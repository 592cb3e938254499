/**
 * How wide text is in TH SarabunPSK, from the committed width table (so the
 * builders need no font at run time), and the unbreakable tokens a line
 * breaker must keep whole: a Thai word (by Intl.Segmenter, the dictionary
 * LibreOffice and Word break by), a number, a code, a date.
 */
import { BOLD, REGULAR } from "./sarabun-widths";
import { runPieces } from "./runs";

/** A character the table lacks is taken as wide as a Thai consonant, so it never makes a column too narrow. */
const FALLBACK = 600;
const WORD_JOINER = 0x2060;

/**
 * Advances by UTF-16 code unit (the table holds no character beyond U+FFFF;
 * one beyond it, or a lone surrogate, takes FALLBACK): an array read per
 * character, where a national packet measures millions of them.
 */
function parse(table: string): Uint16Array {
  const advances = new Uint16Array(0x10000).fill(FALLBACK);
  for (const [c, w] of table.split(",").map((e) => e.split(":"))) advances[parseInt(c, 16)] = Number(w);
  advances[WORD_JOINER] = 0; // a word joiner has no width
  return advances;
}
const ADVANCES = { regular: parse(REGULAR), bold: parse(BOLD) };

/** Width in twips of text set at `halfPoints` (docx's size unit). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? ADVANCES.bold : ADVANCES.regular;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character beyond the table.
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      em += FALLBACK;
      i++;
    } else em += table[unit];
  }
  return Math.ceil((em / 1000) * (halfPoints / 2) * 20);
}

const SEGMENTER = new Intl.Segmenter("th", { granularity: "word" });
const THAI = /[\u0E00-\u0E7F]/;
const THAI_LETTER = /[\u0E01-\u0E4F]/;

/** The words between spaces, as runs.ts writes them (a date's no-break spaces and a code's word joiners hold it whole). */
function writtenChunks(text: string): string[] {
  const pieces = runPieces(text);
  const written = pieces.length === 1 ? pieces[0].text : pieces.map((p) => p.text).join("");
  return written.split(" ");
}

/** One chunk's unbreakable pieces: in Thai text, the words between two of which a line may break. */
function chunkTokens(chunk: string, out: string[]): void {
  if (!THAI_LETTER.test(chunk)) {
    out.push(chunk);
    return;
  }
  let current = "";
  for (const { segment } of SEGMENTER.segment(chunk)) {
    // Only between two Thai words may a line break: a joiner, a bracket or a no-break space holds its neighbours.
    if (current && THAI.test(current.at(-1)!) && THAI.test(segment[0])) {
      out.push(current);
      current = "";
    }
    current += segment;
  }
  if (current) out.push(current);
}

/**
 * The pieces of `text` no line may split: words between spaces (a date's
 * no-break spaces and a code's word joiners, from runs.ts, hold it whole),
 * and in Thai text the words between two of which a line may break.
 */
export function unbreakableTokens(text: string): string[] {
  const out: string[] = [];
  for (const chunk of writtenChunks(text)) if (chunk) chunkTokens(chunk, out);
  return out;
}

/**
 * Widths already measured, per text and per chunk between spaces: tables
 * repeat their criterion names and findings, and distinct texts (every
 * project's name, every error) share their words, so the segmenter, the
 * cost, runs once per distinct chunk.
 */
const MEASURED_MAX = 50_000;

/** One cache per size and weight, keyed by the text itself (no key string is built per lookup). */
function widthCache(): (halfPoints: number, bold: boolean) => Map<string, number> {
  const caches = new Map<number, [Map<string, number>, Map<string, number>]>();
  return (halfPoints, bold) => {
    let pair = caches.get(halfPoints);
    if (!pair) caches.set(halfPoints, (pair = [new Map(), new Map()]));
    return pair[bold ? 1 : 0];
  };
}
const measured = widthCache();
const chunks = widthCache();

function remember(cache: Map<string, number>, key: string, width: number): number {
  if (cache.size >= MEASURED_MAX) cache.clear();
  cache.set(key, width);
  return width;
}

function widestOfChunk(chunk: string, halfPoints: number, bold: boolean): number {
  const cache = chunks(halfPoints, bold);
  const known = cache.get(chunk);
  if (known !== undefined) return known;
  const tokens: string[] = [];
  chunkTokens(chunk, tokens);
  let widest = 0;
  for (const t of tokens) widest = Math.max(widest, textWidth(t, halfPoints, bold));
  return remember(cache, chunk, widest);
}

/** The widest unbreakable token of `text`, in twips. */
export function longestToken(text: string, halfPoints: number, bold = false): number {
  // One word without Thai (a code, an amount): the whole of it, as runs.ts only adds joiners of no width.
  if (!text.includes(" ") && !THAI_LETTER.test(text)) return textWidth(text, halfPoints, bold);
  const cache = measured(halfPoints, bold);
  const known = cache.get(text);
  if (known !== undefined) return known;
  let widest = 0;
  for (const chunk of writtenChunks(text)) if (chunk) widest = Math.max(widest, widestOfChunk(chunk, halfPoints, bold));
  return remember(cache, text, widest);
}
