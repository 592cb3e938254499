/**
 * A fake `Excel` namespace for tests: `run(options, batch)` hands the batch a
 * fresh request context over one FakeWorkbook (office-addin-mock has no
 * collections, so this is written for the adapter's needs).
 */
import { FakeContext } from "./context";
import type { FakeWorkbook } from "./workbook";

export { FakeWorkbook, utf8Bytes, type SyncRecord, type WriteRecord } from "./workbook";
export { PropertyNotLoadedError } from "./proxies";

export interface FakeExcel {
  run<T>(options: object | ((ctx: never) => Promise<T>), batch?: (ctx: never) => Promise<T>): Promise<T>;
}

/** What Office.context tells the add-in about this fake Excel: its platform and requirement set. */
export function fakeHost(wb: FakeWorkbook): { platform: FakeWorkbook["platform"]; supports(version: string): boolean } {
  return { platform: wb.platform, supports: (v) => wb.supports(v) };
}

export function fakeExcel(wb: FakeWorkbook): FakeExcel {
  return {
    async run<T>(first: object | ((ctx: never) => Promise<T>), second?: (ctx: never) => Promise<T>): Promise<T> {
      const options = typeof first === "function" ? {} : first;
      const batch = typeof first === "function" ? (first as (ctx: never) => Promise<T>) : second!;
      wb.runOptions.push(options);
      // Like Office.js, a run may resume an earlier context (event handler removal).
      const ctx = options instanceof FakeContext ? options : new FakeContext(wb);
      return batch(ctx as never);
    },
  };
}
