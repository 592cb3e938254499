/**
 * How wide text is in TH SarabunPSK, from the committed width table (so the
 * builders need no font at run time), and the unbreakable tokens a line
 * breaker must keep whole: a Thai word (by Intl.Segmenter, the dictionary
 * LibreOffice and Word break by), a number, a code, a date.
 */
import { BOLD, REGULAR } from "./sarabun-widths";
import { runPieces } from "./runs";

function parse(table: string): Map<number, number> {
  return new Map(
    table
      .split(",")
      .map((e) => e.split(":"))
      .map(([c, w]) => [parseInt(c, 16), Number(w)]),
  );
}
const ADVANCES = { regular: parse(REGULAR), bold: parse(BOLD) };
/** A character the table lacks is taken as wide as a Thai consonant, so it never makes a column too narrow. */
const FALLBACK = 600;

/** Width in twips of text set at `halfPoints` (docx's size unit). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const table = bold ? ADVANCES.bold : ADVANCES.regular;
  let em = 0;
  for (const ch of text) if (ch !== "\u2060") em += table.get(ch.codePointAt(0)!) ?? FALLBACK; // a word joiner has no width
  return Math.ceil((em / 1000) * (halfPoints / 2) * 20);
}

const SEGMENTER = new Intl.Segmenter("th", { granularity: "word" });
const THAI = /[\u0E00-\u0E7F]/;
const THAI_LETTER = /[\u0E01-\u0E4F]/;

/**
 * The pieces of `text` no line may split: words between spaces (a date's
 * no-break spaces and a code's word joiners, from runs.ts, hold it whole),
 * and in Thai text the words between two of which a line may break.
 */
export function unbreakableTokens(text: string): string[] {
  const out: string[] = [];
  const written = runPieces(text)
    .map((p) => p.text)
    .join("");
  for (const chunk of written.split(" ")) {
    if (!chunk) continue;
    if (!THAI_LETTER.test(chunk)) {
      out.push(chunk);
      continue;
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
  return out;
}

/**
 * Tokens already measured: a screening report repeats the same criterion
 * names and findings in hundreds of tables, and segmenting is the cost.
 */
const MEASURED = new Map<string, number>();
const MEASURED_MAX = 50_000;

/** The widest unbreakable token of `text`, in twips. */
export function longestToken(text: string, halfPoints: number, bold = false): number {
  const key = `${halfPoints}${bold ? "b" : "r"}${text}`;
  const known = MEASURED.get(key);
  if (known !== undefined) return known;
  let widest = 0;
  for (const t of unbreakableTokens(text)) widest = Math.max(widest, textWidth(t, halfPoints, bold));
  if (MEASURED.size >= MEASURED_MAX) MEASURED.clear();
  MEASURED.set(key, widest);
  return widest;
}
