/** Finds sheets and header rows by name, never by position. */
import { isBlank, parseAddress, type CellValue, type Grid } from "../grid";
import type { ColumnDef, SheetDef } from "../schema";
import { cellText } from "./values";

/** Header cells repeat in every workbook of a batch: each spelling is normalised once. */
const normalisedHeaders = new Map<string, string>();

export function normaliseHeader(s: string): string {
  let n = normalisedHeaders.get(s);
  if (n === undefined) {
    n = s
      .normalize("NFC")
      .replace(/[\s*:：]+/g, "")
      .toLowerCase();
    if (normalisedHeaders.size >= 10_000) normalisedHeaders.clear();
    normalisedHeaders.set(s, n);
  }
  return n;
}

export function findGrid(grids: Grid[], def: Pick<SheetDef, "name" | "nameEn" | "key">): Grid | undefined {
  const wanted = new Set([def.name, def.nameEn, def.key].map(normaliseHeader));
  return grids.find((g) => wanted.has(normaliseHeader(g.sheet)));
}

/** Grid cell at a one-based row and zero-based column, in sheet coordinates. */
export class SheetCells {
  readonly row0: number;
  readonly col0: number;
  constructor(readonly grid: Grid) {
    const tl = parseAddress(grid.topLeft || "A1");
    this.row0 = tl.row;
    this.col0 = tl.col;
  }
  get lastRow(): number {
    return this.row0 + this.grid.rows.length - 1;
  }
  get lastCol(): number {
    let w = 0;
    for (const r of this.grid.rows) if (r.length > w) w = r.length;
    return this.col0 + w - 1;
  }
  at(row1: number, col: number): CellValue {
    const r = this.grid.rows[row1 - this.row0];
    if (!r) return null;
    const v = r[col - this.col0];
    return v === undefined ? null : v;
  }
  rowValues(row1: number): CellValue[] {
    return this.grid.rows[row1 - this.row0] ?? [];
  }
}

function headerMatcher(columns: readonly ColumnDef[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of columns) {
    m.set(normaliseHeader(c.th), c.key);
    m.set(normaliseHeader(c.en), c.key);
    m.set(normaliseHeader(c.key), c.key);
  }
  return m;
}

export interface HeaderLayout {
  headerRow: number;
  dataStart: number;
  /** Column key → zero-based column index. */
  columnIndex: Map<string, number>;
}

const HEADER_SCAN_ROWS = 10;

/** The header row is the one of the first rows that names most columns. */
export function locateHeader(cells: SheetCells, columns: readonly ColumnDef[]): HeaderLayout | undefined {
  const match = headerMatcher(columns);
  let best: HeaderLayout | undefined;
  let bestCount = 0;
  const last = Math.min(cells.lastRow, cells.row0 + HEADER_SCAN_ROWS - 1);
  for (let r = cells.row0; r <= last; r++) {
    const found = new Map<string, number>();
    cells.rowValues(r).forEach((v, i) => {
      if (isBlank(v)) return;
      const key = match.get(normaliseHeader(cellText(v)));
      if (key && !found.has(key)) found.set(key, cells.col0 + i);
    });
    if (found.size > bestCount) {
      bestCount = found.size;
      best = { headerRow: r, dataStart: r + 1, columnIndex: found };
    }
  }
  if (!best) return undefined;
  // The template's second header row repeats the English keys: skip it.
  const keys = new Set(columns.map((c) => normaliseHeader(c.key)));
  const next = cells.rowValues(best.dataStart).filter((v) => !isBlank(v));
  if (next.length && next.filter((v) => keys.has(normaliseHeader(cellText(v)))).length * 2 >= next.length) {
    best.dataStart += 1;
  }
  return best;
}
