/** The workbook's collections in the fake: worksheets (with their changed event) and defined names. */
import type { FakeContext } from "./context";
import { ProxyBase, RangeProxy, WorksheetProxy } from "./proxies";
import { boxOf } from "./workbook";

class NamedItemProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly name: string,
  ) {
    super(ctx);
    ctx.requestLoad(this, ["isNullObject"]);
  }
  resolve() {
    return { isNullObject: !this.ctx.wb.names.has(this.name), name: this.name };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  getRangeOrNullObject(): RangeProxy {
    const ref = this.ctx.wb.names.get(this.name);
    return new RangeProxy(this.ctx, ref?.sheet ?? "", () => (ref ? boxOf(ref.address) : null), true);
  }
}

/** worksheets.load("items/name"): the sheets, each with its name loaded once synced (ExcelApi 1.1). */
class SheetListProxy extends ProxyBase {
  constructor(ctx: FakeContext) {
    super(ctx);
    ctx.requestLoad(this, ["items"]);
  }
  resolve() {
    return {
      items: this.ctx.wb.sheets.map((s) => {
        const sheet = new WorksheetProxy(this.ctx, s.name);
        sheet.loaded.set("name", s.name);
        return sheet;
      }),
    };
  }
  get items(): WorksheetProxy[] {
    return this.get("items");
  }
}

export class WorkbookProxy {
  readonly worksheets;
  readonly names;
  constructor(private readonly ctx: FakeContext) {
    const wb = ctx.wb;
    this.worksheets = {
      getItem: (name: string) => new WorksheetProxy(ctx, name),
      getItemOrNullObject: (name: string) => {
        wb.requireApi("1.4", "worksheets.getItemOrNullObject");
        return new WorksheetProxy(ctx, name, true);
      },
      load: (_props: string) => new SheetListProxy(ctx),
      add: (name: string) => {
        ctx.enqueue(() => {
          wb.addSheet(name);
          wb.writes.push({ sheet: name, address: "*", kind: "add-sheet" });
        });
        return new WorksheetProxy(ctx, name);
      },
      get onChanged() {
        wb.requireApi("1.7", "worksheets.onChanged");
        return changed;
      },
      get onSelectionChanged() {
        wb.requireApi("1.9", "worksheets.onSelectionChanged");
        return selectionChanged;
      },
    };
    const selectionChanged = {
      add: (handler: (e: { address: string; worksheetId: string }) => Promise<unknown> | void) => {
        ctx.enqueue(() => wb.selectionHandlers.add(handler));
        return { context: ctx, remove: () => ctx.enqueue(() => wb.selectionHandlers.delete(handler)) };
      },
    };
    const changed = {
      add: (handler: (e: { address: string; worksheetId: string }) => Promise<unknown> | void) => {
        ctx.enqueue(() => wb.changeHandlers.add(handler));
        return { context: ctx, remove: () => ctx.enqueue(() => wb.changeHandlers.delete(handler)) };
      },
    };
    this.names = {
      getItemOrNullObject: (name: string) => {
        wb.requireApi("1.4", "names.getItemOrNullObject");
        return new NamedItemProxy(ctx, name);
      },
      add: (name: string, reference: string) => {
        wb.requireApi("1.4", "names.add");
        ctx.enqueue(() => {
          if (wb.names.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          const [sheet, addr] = splitReference(reference);
          wb.names.set(name, { sheet, address: addr });
          wb.writes.push({ sheet, address: addr, kind: "name" });
        });
      },
    };
  }
}

/** "='ข้อมูลทั่วไป'!$B$2" → ["ข้อมูลทั่วไป", "B2"]. */
export function splitReference(ref: string): [string, string] {
  const r = ref.replace(/^=/, "");
  const i = r.lastIndexOf("!");
  const sheet = r
    .slice(0, i)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return [sheet, r.slice(i + 1).replace(/\$/g, "")];
}
