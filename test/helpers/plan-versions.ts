/**
 * Versions of a bundled sample made by editing its grids, as a secretariat
 * edits a workbook between stages: a budget cut, a project removed or added,
 * a code renamed, a decision changed, a cell made unreadable.
 */
import type { CellValue, Grid } from "../../core";
import { readWorkbookFile } from "../../generator/reader";

export const TRAT_SAMPLE = "templates/samples/trat-2552.xlsx";

export async function sampleGrids(file = TRAT_SAMPLE): Promise<Grid[]> {
  return readWorkbookFile(file);
}

export function copyGrids(grids: readonly Grid[]): Grid[] {
  return grids.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
}

/** A table sheet as the template lays it out: the row of English keys, then data rows. */
export class SheetEditor {
  readonly grid: Grid;
  private readonly keyRow: number;
  constructor(grids: Grid[], sheet: string) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) throw new Error(`no sheet ${sheet}`);
    this.grid = grid;
    this.keyRow = grid.rows.findIndex((r) => r.includes("code") || r.includes("no"));
    if (this.keyRow < 0) throw new Error(`no key row in ${sheet}`);
  }
  col(key: string): number {
    const c = this.grid.rows[this.keyRow].indexOf(key);
    if (c < 0) throw new Error(`no column ${key} in ${this.grid.sheet}`);
    return c;
  }
  rowOf(keyCol: string, value: CellValue): CellValue[] {
    const c = this.col(keyCol);
    const row = this.grid.rows.find((r, i) => i > this.keyRow && r[c] === value);
    if (!row) throw new Error(`no row with ${keyCol} ${String(value)} in ${this.grid.sheet}`);
    return row;
  }
  get(keyCol: string, value: CellValue, key: string): CellValue {
    return this.rowOf(keyCol, value)[this.col(key)];
  }
  set(keyCol: string, value: CellValue, key: string, to: CellValue): this {
    this.rowOf(keyCol, value)[this.col(key)] = to;
    return this;
  }
  remove(keyCol: string, value: CellValue): CellValue[] {
    const row = this.rowOf(keyCol, value);
    this.grid.rows.splice(this.grid.rows.indexOf(row), 1);
    return row;
  }
  append(row: CellValue[]): this {
    this.grid.rows.push(row);
    return this;
  }
}

export function projects(grids: Grid[]): SheetEditor {
  return new SheetEditor(grids, "โครงการ");
}

/** The check's planted changes: TR52-001 cut by 1,000,000, TR52-003 removed, TR52-900 added, TR52-005 → TR52-905, TR52-006 rejected. */
export function plantedChanges(older: readonly Grid[]): Grid[] {
  const grids = copyGrids(older);
  const p = projects(grids);
  p.set("code", "TR52-001", "budget", Number(p.get("code", "TR52-001", "budget")) - 1_000_000);
  p.set("code", "TR52-006", "decision", "ไม่อนุมัติ");
  p.set("code", "TR52-005", "code", "TR52-905");
  const removed = p.remove("code", "TR52-003");
  const added = [...removed];
  added[p.col("code")] = "TR52-900";
  added[p.col("name")] = "โครงการพัฒนาท่าเทียบเรือชุมชนบ้านคลองใหญ่แห่งใหม่";
  p.append(added);
  return grids;
}
