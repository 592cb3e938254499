/**
 * Office.js-shaped proxies over a FakeWorkbook. Like the real API, nothing
 * happens until `context.sync()`: writes are queued, `load()` marks
 * properties, and reading a property that was not loaded and synced throws
 * PropertyNotLoaded.
 */
import type { CellValue } from "../../../core";
import type { FakeContext } from "./context";
import { a1Of, boxOf, utf8Bytes, type Box, type FakeSheet } from "./workbook";

export class PropertyNotLoadedError extends Error {
  readonly code = "PropertyNotLoaded";
}

export abstract class ProxyBase {
  readonly loaded = new Map<string, unknown>();
  constructor(readonly ctx: FakeContext) {}
  abstract resolve(): Record<string, unknown>;
  load(props?: string | string[]): this {
    const list = props === undefined ? Object.keys(this.resolve()) : Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    this.ctx.requestLoad(this, list);
    return this;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new PropertyNotLoadedError(
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    return this.loaded.get(prop) as T;
  }
}

export class RuntimeProxy extends ProxyBase {
  override load(props?: string | string[]): this {
    this.ctx.wb.requireApi("1.8", "runtime");
    return super.load(props);
  }
  resolve() {
    return { enableEvents: this.ctx.wb.enableEvents };
  }
  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.ctx.wb.requireApi("1.8", "runtime.enableEvents");
    this.ctx.enqueue(() => (this.ctx.wb.enableEvents = v));
  }
}

export class RangeProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly target: (s: FakeSheet | undefined) => Box | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.requestLoad(this, ["isNullObject"]);
  }
  private sheet(): FakeSheet | undefined {
    return this.ctx.wb.sheet(this.sheetName);
  }
  private box(): Box | null {
    const s = this.sheet();
    if (!s && !this.nullable) throw new Error(`ItemNotFound: sheet ${this.sheetName}`);
    const b = this.target(s);
    if (!b && !this.nullable) return { row0: 0, col0: 0, rows: 1, cols: 1 };
    return b;
  }
  resolve(): Record<string, unknown> {
    const b = this.box();
    const s = this.sheet();
    if (!b || !s)
      return {
        isNullObject: true,
        address: null,
        rowCount: null,
        columnCount: null,
        rowIndex: null,
        columnIndex: null,
        values: null,
        formulas: null,
      };
    return {
      isNullObject: false,
      address: `${quoteSheet(s.name)}!${a1Of(b)}`,
      rowCount: b.rows,
      columnCount: b.cols,
      rowIndex: b.row0,
      columnIndex: b.col0,
      values: this.ctx.wb.read(s, b),
      formulas: this.ctx.wb.readFormulas(s, b),
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get values(): CellValue[][] {
    return this.get("values");
  }
  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  set values(v: CellValue[][]) {
    this.ctx.enqueue(() => {
      const s = this.sheet()!;
      const b = this.box()!;
      this.ctx.wb.write(s, b, v);
      this.ctx.wb.writes.push({ sheet: s.name, address: a1Of(b), kind: "values" });
    }, utf8Bytes(v));
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet()!;
      const b = this.box();
      this.ctx.wb.clear(s, b);
      this.ctx.wb.writes.push({ sheet: s.name, address: b ? a1Of(b) : "*", kind: "clear" });
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet()!;
      if (this.ctx.wb.activeSheet !== s.name) throw new Error(`InvalidSelection: ${s.name} is not the active sheet`);
      this.ctx.wb.selections.push({ sheet: s.name, address: a1Of(this.box()!) });
    });
  }
  get format() {
    const mark = () =>
      this.ctx.enqueue(() => this.ctx.wb.writes.push({ sheet: this.sheetName, address: a1Of(this.box()!), kind: "format" }));
    return {
      font: {
        set bold(v: boolean) {
          if (v) mark();
        },
      },
      autofitColumns: mark,
      set columnWidth(_v: number) {
        mark();
      },
      set wrapText(_v: boolean) {
        mark();
      },
    };
  }
  get dataValidation() {
    this.ctx.wb.requireApi("1.8", "Range.dataValidation");
    const setRule = (rule: unknown) =>
      this.ctx.enqueue(() => {
        const s = this.sheet()!;
        s.validations.push({ address: a1Of(this.box()!), rule });
        this.ctx.wb.writes.push({ sheet: s.name, address: a1Of(this.box()!), kind: "validation" });
      });
    return {
      set rule(rule: unknown) {
        setRule(rule);
      },
    };
  }
}

const WHOLE_SHEET: Box = { row0: 0, col0: 0, rows: 1048576, cols: 16384 };

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class WorksheetProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.requestLoad(this, ["isNullObject"]);
  }
  resolve() {
    const s = this.ctx.wb.sheet(this.sheetName);
    if (!s && !this.nullable) throw new Error(`ItemNotFound: ${this.sheetName}`);
    return { isNullObject: !s, name: s?.name ?? null, visibility: s?.visibility ?? null };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get name(): string {
    return this.get("name");
  }
  set visibility(v: FakeSheet["visibility"]) {
    this.ctx.enqueue(() => {
      this.ctx.wb.sheet(this.sheetName)!.visibility = v;
      this.ctx.wb.writes.push({ sheet: this.sheetName, address: "*", kind: "visibility" });
    });
  }
  activate(): void {
    this.ctx.enqueue(() => {
      if (!this.ctx.wb.sheet(this.sheetName)) throw new Error(`ItemNotFound: ${this.sheetName}`);
      this.ctx.wb.activeSheet = this.ctx.wb.sheet(this.sheetName)!.name;
    });
  }
  getRange(a1?: string): RangeProxy {
    return new RangeProxy(this.ctx, this.sheetName, () => (a1 ? boxOf(a1) : WHOLE_SHEET), false);
  }
  getRangeByIndexes(row0: number, col0: number, rows: number, cols: number): RangeProxy {
    this.ctx.wb.requireApi("1.7", "Worksheet.getRangeByIndexes");
    return new RangeProxy(this.ctx, this.sheetName, () => ({ row0, col0, rows, cols }));
  }
  /** Without valuesOnly (before ExcelApi 1.2) an empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== undefined) this.ctx.wb.requireApi("1.2", "Worksheet.getUsedRange(valuesOnly)");
    return new RangeProxy(this.ctx, this.sheetName, (s) => (s ? (this.ctx.wb.usedBox(s) ?? { row0: 0, col0: 0, rows: 1, cols: 1 }) : null));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    this.ctx.wb.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new RangeProxy(this.ctx, this.sheetName, (s) => (s ? this.ctx.wb.usedBox(s) : null), true);
  }
}
