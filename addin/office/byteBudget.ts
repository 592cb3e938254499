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
export const REQUEST_TARGET_BYTES = 2 * 1024 * 1024;
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Rows of each sheet read by the first request, to measure what a row of that sheet weighs. */
export const PROBE_ROWS = 20;
/** Later rows may carry longer text than the probed ones: chunks are sized for rows this much heavier. */
export const ROW_MARGIN = 1.5;

/** UTF-8 bytes of a string as JSON writes it (quotes and escapes included), without building the JSON. */
function jsonStringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/**
 * The UTF-8 bytes of JSON.stringify(values), counted without building the
 * JSON: sizing a 3 MB chunk this way costs the pane's main thread a loop,
 * not a 3 MB string and its encoding.
 */
export function jsonBytes(values: unknown): number {
  if (typeof values === "string") return jsonStringBytes(values);
  if (typeof values === "number") return Number.isFinite(values) ? String(values).length : 4;
  if (typeof values === "boolean") return values ? 4 : 5;
  if (values === null || values === undefined) return 4;
  if (Array.isArray(values)) {
    let n = 2 + Math.max(0, values.length - 1);
    for (const v of values) n += v === undefined ? 4 : jsonBytes(v);
    return n;
  }
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

/** Rows of a chunk measured after it arrives (evenly spread): enough to follow the text's weight, cheap on the main thread. */
export const MEASURED_ROWS = 200;

/**
 * What a row of a sheet is planned at after reading `values` from it: the
 * heaviest row measured, or the mean with the margin, whichever is more, and
 * never less than what was planned before.
 */
export function plannedRowBytes(values: CellValue[][], before = 0, measured = MEASURED_ROWS): number {
  if (!values.length) return before;
  const stride = Math.max(1, Math.floor(values.length / measured));
  let heaviest = 0;
  let total = 0;
  let count = 0;
  for (let r = 0; r < values.length; r += stride) {
    const b = jsonBytes(values[r]) + 1;
    total += b;
    count++;
    if (b > heaviest) heaviest = b;
  }
  return Math.max(before, heaviest, (total / count) * ROW_MARGIN);
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
