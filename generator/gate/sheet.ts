/**
 * One SAX pass over a worksheet part: how many rows, columns and cells an
 * XML parser sees, the highest row and column numbers, and how many cells
 * hold a value (to compare with what the workbook reader returns).
 */
import type { Limits } from "./limits";
import { localName, parseXml } from "./xml";

export interface SheetCount {
  /** Highest row number (rows without r count on from the previous). */
  maxRow: number;
  maxColumn: number;
  rows: number;
  cells: number;
  /** Cells with a value, a formula or inline text: what a reader must return. */
  valued: number;
  /** The address of the first cell with a value, for a message. */
  firstValued?: string;
}

export class SheetLimitError extends Error {
  constructor(
    readonly what: "rows" | "row-number" | "columns" | "cells" | "not-a-worksheet",
    readonly value: number,
    readonly limit: number,
  ) {
    super(`${what} ${value} over ${limit}`);
  }
}

const CELL_REF = /^\$?([A-Za-z]{1,4})\$?(\d+)$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export interface CellAt {
  col: number;
  row: number;
}

/**
 * CELL_REF read by hand (a sheet has a cell reference per cell): the column
 * number and row of "B12" or "$B$12", or undefined where CELL_REF would not match.
 */
export function cellAddress(ref: string): CellAt | undefined {
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  const lettersAt = i;
  let col = 0;
  while (i < ref.length && isLetter(ref.charCodeAt(i))) col = col * 26 + ((ref.charCodeAt(i++) & ~0x20) - 64);
  if (i === lettersAt || i - lettersAt > 4) return undefined;
  if (ref.charCodeAt(i) === 0x24) i++;
  const digitsAt = i;
  while (i < ref.length && isDigit(ref.charCodeAt(i))) i++;
  if (i === digitsAt || i !== ref.length) return undefined;
  return { col, row: Number(ref.slice(digitsAt)) };
}

/** The last cell of a <dimension ref>: a claim about the extent, refused like the data when over the limits. */
function dimensionEnd(ref: string | undefined): { row: number; col: number } {
  const m = CELL_REF.exec((ref ?? "").split(":").pop() ?? "");
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : { row: 0, col: 0 };
}

function positiveInteger(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
}

/**
 * What the count does at each element: shared by the SAX pass and the byte
 * scan (sheet-bytes.ts), so both count alike. `attr` reads one attribute of
 * the element being opened, by its exact name.
 */
export interface SheetCounter {
  count: SheetCount;
  /**
   * `cellAt`, when given, reads a cell-reference attribute as cellAddress
   * reads its text, without making the text (the byte scan's: a sheet has a
   * reference per cell).
   */
  open(name: string, attr: (key: string) => string | undefined, cellAt?: (key: string) => CellAt | undefined): void;
  /** Text (of non-zero length) between two tags. */
  text(): void;
  close(name: string): void;
}

/** localName without a new string for the usual unprefixed name (this runs at every tag). */
const unprefixed = (name: string) => (name.includes(":") ? localName(name) : name);

/** Refuses (SheetLimitError) as soon as a count is over a limit, so a huge or lying sheet costs one pass and no model. */
export function sheetCounter(limits: Limits): SheetCounter {
  const count: SheetCount = { maxRow: 0, maxColumn: 0, rows: 0, cells: 0, valued: 0 };
  let root = "";
  let row = 0;
  let col = 0;
  let inCell = false;
  let inValue = false;
  let cellValued = false;
  let cellRef = "";
  const over = (what: SheetLimitError["what"], value: number, limit: number) => {
    if (value > limit) throw new SheetLimitError(what, value, limit);
  };
  return {
    count,
    open(tagName, attr, cellAt) {
      if (!root) {
        root = tagName;
        // exceljs reads only an unprefixed <worksheet>; anything else would crash it or read as empty.
        if (root !== "worksheet") throw new SheetLimitError("not-a-worksheet", 0, 0);
      }
      const name = unprefixed(tagName);
      if (name === "row") {
        row = positiveInteger(attr("r")) ?? row + 1;
        col = 0;
        count.rows++;
        count.maxRow = Math.max(count.maxRow, row);
        over("row-number", row, limits.maxRows);
        over("rows", count.rows, limits.maxRows);
      } else if (name === "c") {
        const at = cellAt ? cellAt("r") : cellAddress(attr("r") ?? "");
        col = at ? at.col : col + 1;
        if (at) count.maxRow = Math.max(count.maxRow, at.row);
        over("row-number", count.maxRow, limits.maxRows);
        count.maxColumn = Math.max(count.maxColumn, col);
        over("columns", col, limits.maxColumns);
        count.cells++;
        over("cells", count.cells, limits.maxCells);
        inCell = true;
        cellValued = false;
        // Only the first valued cell's reference is reported: its text is made until one is found.
        if (count.firstValued === undefined) cellRef = attr("r") ?? "";
      } else if (inCell && name === "f") cellValued = true;
      else if (inCell && (name === "v" || name === "t")) inValue = true;
      else if (name === "dimension") {
        const end = dimensionEnd(attr("ref"));
        over("row-number", end.row, limits.maxRows);
        over("columns", end.col, limits.maxColumns);
      }
    },
    text() {
      if (inValue) cellValued = true;
    },
    close(tagName) {
      const name = unprefixed(tagName);
      if (name === "v" || name === "t") inValue = false;
      else if (name === "c") {
        if (cellValued) {
          count.valued++;
          count.firstValued ??= cellRef;
        }
        inCell = false;
      }
    },
  };
}

/** Counts a worksheet's rows and cells by one SAX pass over its text. */
export function countSheet(text: string, limits: Limits): SheetCount {
  const counter = sheetCounter(limits);
  parseXml(
    text,
    (tag) => {
      const a = tag.attributes as Record<string, string>;
      counter.open(tag.name, (key) => a[key]);
    },
    (t) => {
      if (t.length) counter.text();
    },
    (tag) => counter.close(tag.name),
  );
  return counter.count;
}
