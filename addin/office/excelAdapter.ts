/**
 * The one module that talks to Office.js: it alone calls `Excel.run`. It
 * hands the rest of the task pane plain data (core Grids) and writes only to
 * the add-in's own sheets (and, when scaffolding, to sheets it creates).
 * Reading is in readWorkbook.ts, writing in writeSheets.ts; which features a
 * host offers comes from host.ts.
 */
/* global Excel, globalThis */
import { UserError } from "../../core";
import { explain } from "../logic/errors";
import type { WorkbookPort } from "../logic/port";
import { FEATURE_SETS, officeHost, type HostInfo } from "./host";
import { readWorkbook } from "./readWorkbook";
import { watchSelection } from "./selectionWatch";
import { scaffold, writeOwnedSheets } from "./writeSheets";

/** The part of the `Excel` namespace used here (the real one, or the tests' fake). */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions | Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** After the add-in's own write, change events for this long are its own (hosts without events-off raise them). */
const OWN_WRITE_ECHO_MS = 500;

export function createExcelAdapter(
  excel: ExcelRunner = globalThis.Excel as unknown as ExcelRunner,
  host: HostInfo = officeHost(),
): WorkbookPort {
  // A click during cell editing waits for the edit to finish instead of failing (ExcelApi 1.9).
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    host.supports(FEATURE_SETS.delayForCellEdit) ? excel.run({ delayForCellEdit: true }, batch) : excel.run(batch);
  let writing = 0;
  let quietUntil = 0;
  const ownWrite = async <T>(work: () => Promise<T>): Promise<T> => {
    writing++;
    try {
      return await work();
    } finally {
      writing--;
      quietUntil = Date.now() + OWN_WRITE_ECHO_MS;
    }
  };
  return {
    features: {
      liveCheck: host.supports(FEATURE_SETS.changeEvents),
      formulaCells: host.supports(FEATURE_SETS.nullObjects),
      platform: host.platform,
    },
    readWorkbook: () => run((ctx) => readWorkbook(ctx, host)),
    writeOwnedSheets: (contents) => ownWrite(() => run((ctx) => writeOwnedSheets(ctx, host, contents))),
    selectCell: (sheetName, cell) =>
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(cell).select();
        await ctx.sync();
      }).catch((e: unknown) => {
        // Most often the planner renamed or deleted the sheet since the check: name the cell, then why.
        const why = explain(e);
        throw new UserError(`ไปที่เซลล์ ${sheetName}!${cell} ไม่ได้: ${why.th}`, `cannot go to ${sheetName}!${cell}: ${why.en}`);
      }),
    scaffold: (plan) => ownWrite(() => run((ctx) => scaffold(ctx, host, plan))),
    watchChanges: async (onChange) => {
      if (!host.supports(FEATURE_SETS.changeEvents)) return async () => undefined;
      // The add-in's own writes are not the planner's edits.
      const ownWriting = () => writing > 0 || Date.now() < quietUntil;
      const registration = await run(async (ctx) => {
        const handler = ctx.workbook.worksheets.onChanged.add(async () => {
          if (!ownWriting()) onChange();
        });
        await ctx.sync();
        return handler;
      });
      // Excel on the web raises no onChanged for a dropdown choice: cells left behind are read again on the next move.
      const selection =
        host.platform === "OfficeOnline" && host.supports(FEATURE_SETS.selectionEvents)
          ? await watchSelection(run, onChange, ownWriting)
          : undefined;
      const remove = (r: { context: unknown; remove(): void }) =>
        excel.run(r.context as Excel.RequestContext, async (ctx) => {
          r.remove();
          await ctx.sync();
        });
      return async () => {
        await remove(registration);
        if (selection) await remove(selection);
      };
    },
  };
}
