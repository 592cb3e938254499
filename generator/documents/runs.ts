/**
 * Splits text into the runs a document writes. A figure (a word holding a
 * digit: a number, an amount, a year, a code, a cell address) is its own run
 * in a Western language: LibreOffice breaks Thai-language text by its Thai
 * dictionary, which knows no digits and so breaks "65,400,000" anywhere.
 * A date's spaces become no-break spaces, so "31 ต.ค. 2552" stays on one line.
 */
export interface RunPiece {
  text: string;
  /** A number, code or date: written with a Western language tag, never broken. */
  figure: boolean;
}

/** The language a figure is tagged with (the rest of the text is Thai). */
export const FIGURE_LANGUAGE = "en-US";

const DIGIT = /[0-9\u0E50-\u0E59]/;
const THAI_MONTH = "(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.)";
const D = "[0-9\\u0E50-\\u0E59]";
/** "31 ต.ค. 2552", "3 เม.ย. 52", "ต.ค. 2552". */
const DATE = new RegExp(`(?:${D}{1,2} )?${THAI_MONTH}(?: ${D}{2,4})?`, "g");
const NBSP = "\u00A0";

export function runPieces(text: string): RunPiece[] {
  const glued = text.replace(DATE, (d) => d.replaceAll(" ", NBSP));
  const out: RunPiece[] = [];
  // Words are separated by plain spaces only: a date's no-break spaces keep it one word.
  for (const word of glued.split(/( +)/)) {
    if (!word) continue;
    const figure = DIGIT.test(word) || word.includes(NBSP);
    const last = out[out.length - 1];
    if (last && (last.figure === figure || (!figure && /^ +$/.test(word)))) last.text += word;
    else out.push({ text: word, figure });
  }
  return out;
}
