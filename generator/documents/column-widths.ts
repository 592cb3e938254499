/**
 * Column widths from the content: no column is narrower than the widest
 * unbreakable token (Thai word, number, code, date) any of its cells holds,
 * set in the table's font; the room left is shared as the builder's widths
 * ask. A table whose tokens cannot fit the width keeps its minimum widths
 * (wider than asked) rather than break a word: builders choose landscape for
 * such tables (see `fitsWidth`).
 */
import { TABLE_SIZE } from "./style";
import { longestToken, textWidth } from "./text-width";

/** Twips: 0.19 cm either side of a cell's text, so cells stay apart on the page. */
export const CELL_MARGIN = 108;
/** Room for rounding in the renderer's layout. */
const SLACK = 40;

interface Sized {
  headers: string[];
  widths: number[];
  rows: string[][];
  totals?: string[][];
  /** Rows spanning the table (blocks.ts TableSpec bands): they do not size a column. */
  bands?: readonly number[];
  /** Rows in bold (measured so). */
  boldRows?: readonly number[];
}

/** How many columns each cell of a band row takes (blocks.ts TableSpec bands): the first up to the next non-empty cell. */
export function bandSpans(row: readonly string[]): number[] {
  const next = row.findIndex((t, i) => i > 0 && t !== "");
  const first = next < 0 ? row.length : next;
  return [first, ...row.slice(first).map(() => 1)];
}

/** A cell of a column with its whole width, measured once for every round of `fittedWidths`. */
interface Cell {
  text: string;
  bold: boolean;
  width: number;
  token?: number;
}

/** The column's non-empty cells, header first, then rows and totals (the order they are looked at in). */
function columnCells(spec: Sized, col: number): Cell[] {
  const cells: Cell[] = [];
  const add = (text: string | undefined, bold: boolean) => {
    if (text) cells.push({ text, bold, width: textWidth(text, TABLE_SIZE, bold) });
  };
  add(spec.headers[col], true);
  // A band row spans the table from its first cell: only its later cells sit in (and size) a column.
  const bands = spec.bands?.length ? new Set(spec.bands) : null;
  const bold = spec.boldRows?.length ? new Set(spec.boldRows) : null;
  spec.rows.forEach((r, n) => {
    if (!bands?.has(n)) add(r[col], bold?.has(n) ?? false);
    else if (col > 0 && col >= bandSpans(r)[0]) add(r[col], true);
  });
  for (const r of spec.totals ?? []) add(r[col], true);
  return cells;
}

/**
 * The widest token of a column among the cells wider than `floor` (a
 * narrower cell fits whole, so it cannot need more): segmenting every cell
 * of a national packet's 23,100 rows would cost seconds.
 */
function widestToken(cells: readonly Cell[], floor: number): number {
  let widest = 0;
  for (const c of cells) {
    if (c.width <= Math.max(floor, widest)) continue;
    c.token ??= longestToken(c.text, TABLE_SIZE, c.bold);
    widest = Math.max(widest, c.token);
  }
  return widest;
}

function share(total: number, weights: number[], minimum: number[]): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const room = total - [...fixed].reduce((a, i) => a + minimum[i], 0);
    const free = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    const out = weights.map((w, i) => (fixed.has(i) ? minimum[i] : Math.floor((w * room) / free)));
    const short = out.findIndex((w, i) => !fixed.has(i) && w < minimum[i]);
    if (short < 0 || fixed.size === weights.length - 1) return out;
    fixed.add(short);
  }
}

/** Fitted widths in twips; `spec.widths` gives the total and how to share what is left. */
export function fittedWidths(spec: Sized): number[] {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const inner = (w: number) => w - 2 * CELL_MARGIN - SLACK;
  let out = spec.widths;
  const minimum = spec.widths.map(() => 2 * CELL_MARGIN + SLACK + 200);
  const columns = spec.widths.map((_, c) => columnCells(spec, c));
  // A column's minimum is found among the cells wider than the column is given; when another column takes
  // room from it, look again at its narrower cells.
  for (let round = 0; round < spec.widths.length + 1; round++) {
    let changed = false;
    for (let c = 0; c < out.length; c++) {
      const need = widestToken(columns[c], inner(out[c]));
      if (need && need + 2 * CELL_MARGIN + SLACK > minimum[c]) {
        minimum[c] = need + 2 * CELL_MARGIN + SLACK;
        changed = true;
      }
    }
    if (!changed) break;
    if (minimum.reduce((a, b) => a + b, 0) >= total) return minimum;
    out = share(total, spec.widths, minimum);
    const used = out.reduce((a, b) => a + b, 0);
    const widest = out.indexOf(Math.max(...out));
    out[widest] += total - used;
  }
  return out;
}

/** Whether a table's tokens fit in `width` twips (else the builder prints it landscape). */
export function fitsWidth(spec: Sized): boolean {
  return fittedWidths(spec).reduce((a, b) => a + b, 0) <= spec.widths.reduce((a, b) => a + b, 0);
}

/**
 * Weights for `widths()` from the content: each column as wide as most of its
 * cells are long (the 90th percentile of their widths, set in the table's
 * font), so a column of short figures does not take room a column of names
 * needs. `cap` (twips) bounds a column of long text; `lines` is how many
 * lines a typical cell may take (a dense list: 2), never narrower than the
 * header's longest word; fittedWidths then widens any column to its longest
 * unbreakable token.
 */
export function contentWeights(spec: { headers: string[]; rows: string[][]; bands?: readonly number[] }, cap: number, lines = 1): number[] {
  const bands = new Set(spec.bands ?? []);
  return spec.headers.map((h, col) => {
    const sizes = spec.rows
      .filter((_, n) => !bands.has(n))
      .map((r) => textWidth(r[col] ?? "", TABLE_SIZE))
      .sort((a, b) => a - b);
    const typical = sizes.length ? sizes[Math.min(sizes.length - 1, Math.floor(sizes.length * 0.9))] : 0;
    return Math.max(Math.min(typical / lines, cap), longestToken(h, TABLE_SIZE, true)) + 2 * CELL_MARGIN + SLACK;
  });
}
