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

/** The last cell of a <dimension ref>: a claim about the extent, refused like the data when over the limits. */
function dimensionEnd(ref: string | undefined): { row: number; col: number } {
  const m = CELL_REF.exec((ref ?? "").split(":").pop() ?? "");
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : { row: 0, col: 0 };
}

function positiveInteger(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
}

/**
 * Counts a worksheet's rows and cells, refusing (SheetLimitError) as soon as
 * one is over a limit, so a huge or lying sheet costs one parse and no model.
 */
export function countSheet(text: string, limits: Limits): SheetCount {
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
  parseXml(
    text,
    (tag) => {
      if (!root) {
        root = tag.name;
        // exceljs reads only an unprefixed <worksheet>; anything else would crash it or read as empty.
        if (root !== "worksheet") throw new SheetLimitError("not-a-worksheet", 0, 0);
      }
      const name = localName(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === "row") {
        row = positiveInteger(a.r) ?? row + 1;
        col = 0;
        count.rows++;
        count.maxRow = Math.max(count.maxRow, row);
        over("row-number", row, limits.maxRows);
        over("rows", count.rows, limits.maxRows);
      } else if (name === "c") {
        const m = CELL_REF.exec(a.r ?? "");
        col = m ? columnNumber(m[1]) : col + 1;
        if (m) count.maxRow = Math.max(count.maxRow, Number(m[2]));
        over("row-number", count.maxRow, limits.maxRows);
        count.maxColumn = Math.max(count.maxColumn, col);
        over("columns", col, limits.maxColumns);
        count.cells++;
        over("cells", count.cells, limits.maxCells);
        inCell = true;
        cellValued = false;
        cellRef = a.r ?? "";
      } else if (inCell && name === "f") cellValued = true;
      else if (inCell && (name === "v" || name === "t")) inValue = true;
      else if (name === "dimension") {
        const end = dimensionEnd(a.ref);
        over("row-number", end.row, limits.maxRows);
        over("columns", end.col, limits.maxColumns);
      }
    },
    (t) => {
      if (inValue && t.length) cellValued = true;
    },
    (tag) => {
      const name = localName(tag.name);
      if (name === "v" || name === "t") inValue = false;
      else if (name === "c") {
        if (cellValued) {
          count.valued++;
          count.firstValued ??= cellRef;
        }
        inCell = false;
      }
    },
  );
  return count;
}
