/**
 * The in-memory workbook behind the fake Excel: sheets of cell values, defined
 * names, data validation, and logs of what an add-in did to it (syncs with
 * their request sizes, writes, selections). Plain data; the Office.js-shaped
 * proxies live in proxies.ts.
 */
import type { CellValue, Grid } from "../../../core";
import { address, parseAddress } from "../../../core";
import { jsonBytes } from "../../../addin/office/byteBudget";

export interface FakeSheet {
  name: string;
  /** Row-major from A1; missing cells are blank. */
  cells: CellValue[][];
  visibility: "Visible" | "Hidden" | "VeryHidden";
  validations: { address: string; rule: unknown }[];
  bold: string[];
}

export interface SyncRecord {
  /** UTF-8 bytes of the cell values the sync returned. */
  bytesRead: number;
  /** UTF-8 bytes of the cell values the sync sent. */
  bytesWritten: number;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  kind: "values" | "clear" | "add-sheet" | "validation" | "format" | "name" | "visibility";
}

export interface Box {
  row0: number;
  col0: number;
  rows: number;
  cols: number;
}

/** UTF-8 bytes of the values as JSON: what a request or response carries. */
export const utf8Bytes = jsonBytes;

/** "B7" or "B7:D9" (sheet prefix allowed) to a zero-based box; undefined address = the whole used area. */
export function boxOf(a1: string): Box {
  const bare = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
  const [from, to = from] = bare.split(":");
  const f = parseAddress(from);
  const t = parseAddress(to);
  return { row0: f.row - 1, col0: f.col, rows: t.row - f.row + 1, cols: t.col - f.col + 1 };
}

export function a1Of(b: Box): string {
  const from = address(b.col0, b.row0 + 1);
  const to = address(b.col0 + b.cols - 1, b.row0 + b.rows);
  return from === to ? from : `${from}:${to}`;
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { sheet: string; address: string }>();
  /** Formulas by "sheet!A1" (the cell's value is its cached result); any other cell's formula is its value. */
  readonly formulas = new Map<string, string>();
  readonly syncs: SyncRecord[] = [];
  /** Syncs refused as over the payload limit. */
  readonly refused: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  readonly runOptions: unknown[] = [];
  activeSheet = "";
  enableEvents = true;
  /** The ExcelApi requirement set this Excel implements (1.1 for Excel 2016 volume, 1.8 for Excel 2019…). */
  apiVersion = "1.17";
  platform: "PC" | "Mac" | "OfficeOnline" = "OfficeOnline";
  /** Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded). */
  payloadLimit = 5 * 1024 * 1024;
  /** Change events raised by writes while events were on, fired after the sync that made them. */
  pendingEvents: { address: string; worksheetId: string }[] = [];
  calculationSuspensions = 0;
  /** Selection-changed handlers the add-in registered. */
  readonly selectionHandlers = new Set<(e: { address: string; worksheetId: string }) => Promise<unknown> | void>();
  /** Changed-event handlers the add-in registered. */
  readonly changeHandlers = new Set<(e: { address: string; worksheetId: string }) => Promise<unknown> | void>();

  /** Office.context.requirements.isSetSupported("ExcelApi", version) for this Excel. */
  supports(version: string): boolean {
    const minor = (v: string) => Number(v.split(".")[1] ?? 0);
    return minor(version) <= minor(this.apiVersion);
  }

  /** Calling an API above this Excel's requirement set fails, as on an older Excel. */
  requireApi(version: string, api: string): void {
    if (!this.supports(version))
      throw Object.assign(new Error(`ApiNotFound: ${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`), {
        code: "ApiNotFound",
      });
  }

  static fromGrids(grids: Grid[]): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const g of grids) {
      const s = wb.addSheet(g.sheet);
      const tl = parseAddress(g.topLeft || "A1");
      g.rows.forEach((row, r) => row.forEach((v, c) => wb.setCell(s, tl.row - 1 + r, tl.col + c, v)));
    }
    wb.activeSheet = grids[0]?.sheet ?? "";
    return wb;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const s: FakeSheet = { name, cells: [], visibility: "Visible", validations: [], bold: [] };
    this.sheets.push(s);
    return s;
  }

  setCell(s: FakeSheet, row0: number, col0: number, v: CellValue): void {
    while (s.cells.length <= row0) s.cells.push([]);
    s.cells[row0][col0] = v;
  }

  /** A blank cell reads as "", as Excel returns it. */
  cell(s: FakeSheet, row0: number, col0: number): CellValue {
    const v = s.cells[row0]?.[col0];
    return v === undefined || v === null ? "" : v;
  }

  /** Bounding box of the non-blank cells, or null for an empty sheet. */
  usedBox(s: FakeSheet): Box | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    s.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (blank(v)) return;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }),
    );
    return r1 < 0 ? null : { row0: r0, col0: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  read(s: FakeSheet, b: Box): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = 0; r < b.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < b.cols; c++) row.push(this.cell(s, b.row0 + r, b.col0 + c));
      out.push(row);
    }
    return out;
  }

  /** Range.formulas: a cell's formula where it has one, else its value, as Excel returns them. */
  readFormulas(s: FakeSheet, b: Box): CellValue[][] {
    return this.read(s, b).map((row, r) =>
      row.map((v, c) => this.formulas.get(`${s.name}!${a1Of({ row0: b.row0 + r, col0: b.col0 + c, rows: 1, cols: 1 })}`) ?? v),
    );
  }

  write(s: FakeSheet, b: Box, values: CellValue[][]): void {
    if (values.length !== b.rows || values.some((r) => r.length !== b.cols)) {
      throw new Error(`InvalidArgument: ${values.length} rows of values for a ${b.rows}×${b.cols} range`);
    }
    values.forEach((row, r) => row.forEach((v, c) => this.setCell(s, b.row0 + r, b.col0 + c, v)));
    // Like Excel, an add-in's own write raises onChanged unless it turned events off.
    if (this.enableEvents && this.changeHandlers.size) this.pendingEvents.push({ address: a1Of(b), worksheetId: s.name });
  }

  clear(s: FakeSheet, b: Box | null): void {
    if (!b || (b.row0 === 0 && b.col0 === 0 && b.rows >= 1048576 && b.cols >= 16384)) {
      s.cells = [];
      s.validations = [];
      s.bold = [];
      return;
    }
    const lastRow = Math.min(b.row0 + b.rows, s.cells.length);
    for (let r = b.row0; r < lastRow; r++) {
      const lastCol = Math.min(b.col0 + b.cols, s.cells[r].length);
      for (let c = b.col0; c < lastCol; c++) s.cells[r][c] = null;
    }
  }

  /** Everything a planner could see or an add-in could change, for before/after comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        used: this.usedBox(s),
        values: this.usedBox(s)
          ? this.read(s, { row0: 0, col0: 0, rows: s.cells.length, cols: Math.max(0, ...s.cells.map((r) => r.length)) })
          : [],
        validations: s.validations,
        bold: s.bold,
      })),
      names: [...this.names.entries()].sort(),
    };
  }

  /** The workbook as grids (used range from A1), the way a planner's sheets look. */
  grids(): Grid[] {
    return this.sheets.map((s) => ({
      sheet: s.name,
      topLeft: "A1",
      rows: this.usedBox(s)
        ? this.read(s, { row0: 0, col0: 0, rows: s.cells.length, cols: Math.max(0, ...s.cells.map((r) => r.length)) })
        : [],
    }));
  }

  /** The planner moves to a cell (or range): selection handlers fire. */
  async userSelect(sheetName: string, a1: string): Promise<void> {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    this.activeSheet = s.name;
    for (const h of this.selectionHandlers) await h({ address: a1, worksheetId: s.name });
  }

  /**
   * The planner picks from a cell's dropdown on Excel on the web: the value changes but, as
   * there (OfficeDev/office-js#3888), no change handler fires.
   */
  userPickOnWeb(sheetName: string, a1: string, v: CellValue): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const b = boxOf(a1);
    this.setCell(s, b.row0, b.col0, v);
  }

  /** A planner types into a cell: the value changes and change handlers fire. */
  async userEdit(sheetName: string, a1: string, v: CellValue): Promise<void> {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const b = boxOf(a1);
    this.setCell(s, b.row0, b.col0, v);
    // Typing over a formula replaces it, as in Excel.
    this.formulas.delete(`${s.name}!${a1}`);
    for (const h of this.changeHandlers) await h({ address: a1, worksheetId: s.name });
  }
}
