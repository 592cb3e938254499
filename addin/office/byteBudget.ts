/**
 * Plans reads and writes in requests that stay under Excel's payload limit
 * (Excel on the web refuses a request or a response over 5 MB with
 * RequestPayloadSizeLimitExceeded). Nothing here guesses a row's size from
 * the schema: a read starts with a small probe of each sheet's first rows,
 * and every later request is sized from the bytes measured so far, with a
 * margin. Pure, so it is tested without Office.
 */
/* global TextEncoder */
import type { CellValue } from "../../core";

/** What one request aims at: well under the limit, leaving room for the host's own envelope. */
export const REQUEST_TARGET_BYTES = 3 * 1024 * 1024;
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Rows of each sheet read by the first request, to measure what a row of that sheet weighs. */
export const PROBE_ROWS = 20;
/** Later rows may carry longer text than the probed ones: chunks are sized for rows this much heavier. */
export const ROW_MARGIN = 1.5;

const encoder = new TextEncoder();

export function jsonBytes(values: unknown): number {
  return encoder.encode(JSON.stringify(values)).length;
}

/** Rows still to read on one sheet. */
export interface PendingRows {
  key: string;
  /** Zero-based sheet row and column of the first cell, and the block size. */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  /** Bytes one row is planned at: measured (with the margin), or unknown before the probe. */
  rowBytes?: number;
}

export interface ReadPiece {
  key: string;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

/** The first request: up to PROBE_ROWS rows of every sheet (small sheets whole). */
export function takeProbe(pending: PendingRows[], probeRows = PROBE_ROWS): ReadPiece[] {
  const pieces: ReadPiece[] = [];
  for (const p of pending) {
    const rows = Math.min(p.rows, probeRows);
    pieces.push({ key: p.key, row0: p.row0, col0: p.col0, rows, cols: p.cols });
    p.row0 += rows;
    p.rows -= rows;
  }
  for (let i = pending.length - 1; i >= 0; i--) if (pending[i].rows === 0) pending.splice(i, 1);
  return pieces;
}

/**
 * What a row of a sheet is planned at after reading `values` from it: the
 * heaviest row seen, or the mean with the margin, whichever is more, and
 * never less than what was planned before.
 */
export function plannedRowBytes(values: CellValue[][], before = 0): number {
  if (!values.length) return before;
  let heaviest = 0;
  let total = 2;
  for (const row of values) {
    const b = jsonBytes(row) + 1;
    total += b;
    if (b > heaviest) heaviest = b;
  }
  return Math.max(before, heaviest, (total / values.length) * ROW_MARGIN);
}

/**
 * Takes the next request's worth of rows off `pending` (mutating it): whole
 * sheets while they fit, then as many rows of the next sheet as fit.
 */
export function takeRequest(pending: PendingRows[], target = REQUEST_TARGET_BYTES): ReadPiece[] {
  const pieces: ReadPiece[] = [];
  let budget = target;
  while (pending.length) {
    const p = pending[0];
    const rowBytes = Math.max(1, p.rowBytes ?? target);
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

/** Puts refused pieces back at the front of `pending` with their row sizes doubled, so the retry asks for half. */
export function giveBack(pending: PendingRows[], pieces: ReadPiece[], rowBytesOf: (key: string) => number): void {
  for (const piece of [...pieces].reverse()) pending.unshift({ ...piece, rowBytes: rowBytesOf(piece.key) * 2 });
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

/** Excel's refusal of an over-size request or response (Excel on the web). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || /RequestPayloadSizeLimitExceeded|payload size/i.test(String((e as Error)?.message));
}
