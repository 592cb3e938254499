/**
 * Plans reads and writes in requests that stay under Excel's payload limit
 * (Excel on the web refuses requests over 5 MB). Sizes are estimated before a
 * read (from the schema's column types) and corrected by what earlier
 * requests actually carried; pure, so it is tested without Office.
 */
/* global TextEncoder */
import type { CellValue } from "../../core";
import type { SheetDef } from "../../core";

export const REQUEST_TARGET_BYTES = 4 * 1024 * 1024;
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** Typical JSON bytes of one cell of each column type (Thai is 3 bytes a character). */
const CELL_BYTES: Record<string, number> = {
  text: 100,
  code: 10,
  integer: 6,
  number: 8,
  money: 10,
  percent: 6,
  date: 8,
  year: 6,
  enum: 32,
  bool: 12,
  list: 12,
};
const UNKNOWN_CELL_BYTES = 24;

/** Estimated bytes of one row of `columnCount` cells on a sheet laid out like `def`. */
export function estimateRowBytes(def: SheetDef | undefined, columnCount: number): number {
  let bytes = 2;
  for (let c = 0; c < columnCount; c++) {
    const col = def?.columns[c];
    bytes += col ? (CELL_BYTES[col.type] ?? UNKNOWN_CELL_BYTES) : UNKNOWN_CELL_BYTES;
  }
  return bytes;
}

export function jsonBytes(values: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}

/** Rows still to read on one sheet. */
export interface PendingRows {
  key: string;
  /** Zero-based sheet row and column of the first cell, and the block size. */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  rowBytes: number;
}

export interface ReadPiece {
  key: string;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

/**
 * Takes the next request's worth of rows off `pending` (mutating it): whole
 * sheets while they fit, then as many rows of the next sheet as fit.
 * `scale` corrects the estimates by what was measured so far.
 */
export function takeRequest(pending: PendingRows[], scale: number, target = REQUEST_TARGET_BYTES): ReadPiece[] {
  const pieces: ReadPiece[] = [];
  let budget = target;
  while (pending.length) {
    const p = pending[0];
    const rowBytes = Math.max(1, p.rowBytes * scale);
    const fit = Math.floor(budget / rowBytes);
    if (fit >= p.rows) {
      pieces.push({ key: p.key, row0: p.row0, col0: p.col0, rows: p.rows, cols: p.cols });
      budget -= p.rows * rowBytes;
      pending.shift();
      continue;
    }
    // Always make progress, even when a single row is larger than the budget.
    const rows = pieces.length === 0 ? Math.max(1, fit) : fit;
    if (rows > 0) {
      pieces.push({ key: p.key, row0: p.row0, col0: p.col0, rows, cols: p.cols });
      p.row0 += rows;
      p.rows -= rows;
    }
    break;
  }
  return pieces;
}

/** Splits rows to write into consecutive blocks of at most `target` bytes each. */
export function writeBlocks(rows: CellValue[][], target = REQUEST_TARGET_BYTES): { row0: number; rows: CellValue[][] }[] {
  const blocks: { row0: number; rows: CellValue[][] }[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const b = jsonBytes(rows[r]) + 1;
    if (r > start && bytes + b > target) {
      blocks.push({ row0: start, rows: rows.slice(start, r) });
      start = r;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) blocks.push({ row0: start, rows: rows.slice(start) });
  return blocks;
}
