/**
 * Splits text into the runs a document writes. A figure (a word holding a
 * digit: a number, an amount, a year, a code, a cell address) is its own run
 * in a Western language: LibreOffice breaks Thai-language text by its Thai
 * dictionary, which knows no digits and so breaks "65,400,000" anywhere.
 * A date's spaces become no-break spaces, so "31 ต.ค. 2552" stays on one line,
 * and a word joiner holds a code's or a range's dash to what follows it.
 */
export interface RunPiece {
  text: string;
  /** A number, code or date: written with a Western language tag, never broken. */
  figure: boolean;
}

/** The language a figure is tagged with (the rest of the text is Thai). */
export const FIGURE_LANGUAGE = "en-US";

const THAI_MONTH = "(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.)";
const D = "[0-9\\u0E50-\\u0E59]";
/** "31 ต.ค. 2552", "3 เม.ย. 52", "ต.ค. 2552". */
const DATE = new RegExp(`(?:${D}{1,2} )?${THAI_MONTH}(?: ${D}{2,4})?`, "g");
const NBSP = "\u00A0";
/** A month's abbreviation (a date without a day or year is still held together). */
const DATE_START = new RegExp(THAI_MONTH);

/** A word joiner (U+2060): no line break after a dash or hyphen inside a code or range ("TR52-099", "2551–2554"). */
const WORD_JOINER = "\u2060";
const INNER_DASH = /([0-9A-Za-z\u0E50-\u0E59][-–])(?=[0-9A-Za-z\u0E50-\u0E59])/g;
/** A cell address after its sheet's name ("โครงการ!G28"): the sheet and the cell read as one. */
const SHEET_BANG = /!(?=[A-Z]{1,3}[0-9])/g;
/**
 * Brackets and punctuation against a Thai word: LibreOffice's Thai breaker
 * breaks after "(" and before "," or ")", which a reader sees as a stray
 * mark. A word joiner holds them, in a run of their own.
 */
const BRACKET_BEFORE_THAI = /\((?=[\u0E01-\u0E4F])/g;
const MARK_AFTER_THAI = /(?<=[\u0E01-\u0E4F])[,;:)]/g;

/** Texts already split: tables repeat their criterion names and verdicts on every project. */
const SPLIT = new Map<string, RunPiece[]>();
const SPLIT_MAX = 50_000;
/** Plain text with nothing to hold: most cells of a long table. */
const NOTHING_TO_HOLD = /^[^0-9\u0E50-\u0E59\-–!(,;:)]*$/;

/** One word of Latin letters, digits and marks (a code, an amount, a priority): one figure, its dashes joined. */
const ONE_FIGURE = /^[0-9A-Za-z\u0E50-\u0E59.,%/-]*[0-9\u0E50-\u0E59][0-9A-Za-z\u0E50-\u0E59.,%/-]*$/;

export function runPieces(text: string): RunPiece[] {
  if (!text) return [];
  if (NOTHING_TO_HOLD.test(text) && !DATE_START.test(text)) return [{ text, figure: false }];
  // The most common cells of a long table, each distinct: no cache lookup, no word-by-word pass.
  if (ONE_FIGURE.test(text)) return [{ text: HAS_DASH.test(text) ? text.replace(INNER_DASH, `$1${WORD_JOINER}`) : text, figure: true }];
  const known = SPLIT.get(text);
  if (known) return known;
  const pieces = splitPieces(text);
  if (SPLIT.size >= SPLIT_MAX) SPLIT.clear();
  SPLIT.set(text, pieces);
  return pieces;
}

/** What makes a word a figure: a digit (Western or Thai) or a date's no-break space. */
const FIGURE_CHAR = /[0-9\u0E50-\u0E59\u00A0]/;
const HAS_DASH = /[-–]/;
const HAS_MARK = /[,;:)]/;

/**
 * Each replacement only where its character occurs (a test is far cheaper
 * than a replace that finds nothing); the result is the same.
 */
function glue(text: string): string {
  let glued = text;
  if (DATE_START.test(glued)) glued = glued.replace(DATE, (d) => d.replaceAll(" ", NBSP));
  if (HAS_DASH.test(glued)) glued = glued.replace(INNER_DASH, `$1${WORD_JOINER}`);
  if (glued.includes("!")) glued = glued.replace(SHEET_BANG, `!${WORD_JOINER}`);
  if (glued.includes("(")) glued = glued.replace(BRACKET_BEFORE_THAI, `(${WORD_JOINER}`);
  if (HAS_MARK.test(glued)) glued = glued.replace(MARK_AFTER_THAI, (m) => `${WORD_JOINER}${m}`);
  return glued;
}

/**
 * The spans FIGURE_SPAN matches, found word by word (its `[^ ]*` backtracks
 * over every word without a digit, which long Thai text is made of): a word
 * holding a figure character whole, else each joined mark in it.
 */
function figureSpans(glued: string, span: (from: number, to: number) => void): void {
  for (let start = 0; start <= glued.length;) {
    let end = glued.indexOf(" ", start);
    if (end < 0) end = glued.length;
    const word = glued.slice(start, end);
    if (FIGURE_CHAR.test(word)) span(start, end);
    else if (word.includes(WORD_JOINER))
      for (let i = 0; i + 1 < word.length; i++) {
        const a = word[i];
        const b = word[i + 1];
        if ((a === "(" && b === WORD_JOINER) || (a === WORD_JOINER && ",;:)".includes(b))) {
          span(start + i, start + i + 2);
          i++;
        }
      }
    start = end + 1;
  }
}

function splitPieces(text: string): RunPiece[] {
  const glued = glue(text);
  const out: RunPiece[] = [];
  const push = (t: string, figure: boolean) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.figure === figure) last.text += t;
    else out.push({ text: t, figure });
  };
  let from = 0;
  figureSpans(glued, (at, to) => {
    push(glued.slice(from, at), false);
    push(glued.slice(at, to), true);
    from = to;
  });
  push(glued.slice(from), false);
  return out;
}
