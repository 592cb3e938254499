/**
 * The one module that talks to Office.js: it alone calls `Excel.run`. It
 * hands the rest of the task pane plain data (core Grids) and writes only to
 * the add-in's own sheets (and, when scaffolding, to sheets it creates).
 *
 * Requests are batched by bytes, never by rows: a read loads every template
 * sheet's used-range size in one sync, then the values in as few syncs as fit
 * under ~4 MB each (Excel on the web refuses requests over 5 MB).
 */
/* global Excel, globalThis */
import { DEFINED_NAMES, META_SHEET, SHEETS, UserError, address, type CellValue, type Grid, type SheetDef } from "../../core";
import {
  OWNED_SHEETS,
  type FormulaKpi,
  type OwnedSheetContent,
  type ScaffoldOutcome,
  type WorkbookPort,
  type WorkbookRead,
} from "../logic/port";
import type { ScaffoldPlan } from "../logic/scaffold";
import { estimateRowBytes, jsonBytes, takeRequest, writeBlocks, type PendingRows } from "./byteBudget";

/** The part of the `Excel` namespace used here (the real one, or the tests' fake). */
export interface ExcelRunner {
  run<T>(options: Excel.RunOptions | Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** A click during cell editing waits for the edit to finish instead of failing. */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

interface Candidate {
  def: SheetDef | undefined;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

function candidateNames(def: SheetDef | undefined): string[] {
  return def ? [...new Set([def.name, def.nameEn, def.key])] : [META_SHEET];
}

/** Reads every template sheet (under its Thai or English name) as grids. */
async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const candidates: Candidate[] = [];
  for (const def of [...SHEETS, undefined] as (SheetDef | undefined)[]) {
    for (const name of candidateNames(def)) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject(true);
      sheet.load("name");
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      candidates.push({ def, sheet, used });
    }
  }
  const level = context.workbook.names.getItemOrNullObject(DEFINED_NAMES.kpiLevel).getRangeOrNullObject().load("values");
  const weighted = context.workbook.names.getItemOrNullObject(DEFINED_NAMES.kpiWeighted).getRangeOrNullObject().load("values");
  await context.sync();

  const grids = new Map<string, Grid>();
  const sheets = new Map<string, Excel.Worksheet>();
  const defs = new Map<string, SheetDef | undefined>();
  const pending: PendingRows[] = [];
  for (const c of candidates) {
    if (c.sheet.isNullObject || sheets.has(c.sheet.name.toLowerCase())) continue;
    const name = c.sheet.name;
    sheets.set(name.toLowerCase(), c.sheet);
    defs.set(name, c.def);
    if (c.used.isNullObject) {
      grids.set(name, { sheet: name, topLeft: "A1", rows: [] });
      continue;
    }
    grids.set(name, { sheet: name, topLeft: address(c.used.columnIndex, c.used.rowIndex + 1), rows: [] });
    const p = { key: name, row0: c.used.rowIndex, col0: c.used.columnIndex, rows: c.used.rowCount, cols: c.used.columnCount };
    pending.push({ ...p, rowBytes: estimateRowBytes(c.def, p.cols) });
  }

  let estimated = 0;
  let measured = 0;
  while (pending.length) {
    const scale = estimated > 0 ? measured / estimated : 1;
    const pieces = takeRequest(pending, scale).map((piece) => ({
      piece,
      range: sheets.get(piece.key.toLowerCase())!.getRangeByIndexes(piece.row0, piece.col0, piece.rows, piece.cols).load("values"),
    }));
    await context.sync();
    for (const { piece, range } of pieces) {
      estimated += estimateRowBytes(defs.get(piece.key), piece.cols) * piece.rows;
      measured += jsonBytes(range.values);
      grids.get(piece.key)!.rows.push(...(range.values as CellValue[][]));
    }
  }
  const formulaKpi: FormulaKpi = {
    level: level.isNullObject ? undefined : (level.values[0]?.[0] as CellValue),
    weighted: weighted.isNullObject ? undefined : (weighted.values[0]?.[0] as CellValue),
  };
  return { grids: [...grids.values()], formulaKpi };
}

/**
 * Runs writes with this add-in's events off and recalculation suspended, so
 * our own writes neither trigger the live re-check nor recalculate the
 * workbook per block. The sync also resolves whatever `write` loaded before.
 */
async function quietly<T>(context: Excel.RequestContext, write: () => Promise<T>): Promise<T> {
  context.runtime.load("enableEvents");
  await context.sync();
  const eventsWere = context.runtime.enableEvents;
  context.runtime.enableEvents = false;
  context.application.suspendApiCalculationUntilNextSync();
  try {
    return await write();
  } finally {
    context.runtime.enableEvents = eventsWere;
    await context.sync();
  }
}

/** Writes rows from A1 in blocks under the request limit; leaves the final sync to the caller. */
async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: CellValue[][]): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => (r.length === width ? r : [...r, ...Array<CellValue>(width - r.length).fill("")]));
  const blocks = writeBlocks(padded);
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      await context.sync();
      context.application.suspendApiCalculationUntilNextSync();
    }
    sheet.getRangeByIndexes(blocks[i].row0, 0, blocks[i].rows.length, width).values = blocks[i].rows as (string | number | boolean)[][];
  }
}

async function writeOwnedSheets(context: Excel.RequestContext, contents: OwnedSheetContent[]): Promise<void> {
  for (const c of contents) if (!OWNED_SHEETS.includes(c.name)) throw new Error(`Not an add-in sheet: ${c.name}`);
  const existing = contents.map((c) => context.workbook.worksheets.getItemOrNullObject(c.name).load("isNullObject"));
  await quietly(context, async () => {
    for (let i = 0; i < contents.length; i++) {
      const c = contents[i];
      const sheet = existing[i].isNullObject ? context.workbook.worksheets.add(c.name) : context.workbook.worksheets.getItem(c.name);
      // Re-running replaces the sheet's content, so checking twice equals checking once.
      if (!existing[i].isNullObject) sheet.getRange().clear();
      await writeRows(context, sheet, c.rows);
      const width = Math.max(1, ...c.rows.map((r) => r.length));
      for (const r of c.boldRows ?? []) sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
    }
  });
}

async function scaffold(context: Excel.RequestContext, plan: ScaffoldPlan): Promise<ScaffoldOutcome> {
  const existing = plan.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name).load("isNullObject"));
  const names = plan.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load("isNullObject"));
  const created: string[] = [];
  const skipped: string[] = [];
  await quietly(context, async () => {
    plan.sheets.forEach((s, i) => {
      // Never touch a sheet the planner already has.
      if (!existing[i].isNullObject) return void skipped.push(s.name);
      created.push(s.name);
      const sheet = context.workbook.worksheets.add(s.name);
      const width = Math.max(...s.rows.map((r) => r.length));
      sheet.getRangeByIndexes(0, 0, s.rows.length, width).values = s.rows as (string | number | boolean)[][];
      for (const r of s.boldRows) sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
      for (const d of s.dropdowns)
        sheet.getRange(d.range).dataValidation.rule = { list: { inCellDropDown: true, source: d.values.join(",") } };
      if (s.hidden) sheet.visibility = "Hidden";
    });
    plan.names.forEach((n, i) => {
      if (names[i].isNullObject && created.includes(n.sheet)) {
        const cell = n.cell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
        context.workbook.names.add(n.name, `='${n.sheet.replace(/'/g, "''")}'!${cell}`);
      }
    });
  });
  return { created, skipped };
}

export function createExcelAdapter(excel: ExcelRunner = globalThis.Excel as unknown as ExcelRunner): WorkbookPort {
  return {
    readWorkbook: () => excel.run(RUN_OPTIONS, readWorkbook),
    writeOwnedSheets: (contents) => excel.run(RUN_OPTIONS, (ctx) => writeOwnedSheets(ctx, contents)),
    selectCell: (sheetName, cell) =>
      excel
        .run(RUN_OPTIONS, async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(cell).select();
          await ctx.sync();
        })
        .catch((e: unknown) => {
          // Most often the planner renamed or deleted the sheet since the check.
          const why = e instanceof Error ? e.message : String(e);
          throw new UserError(`ไปที่เซลล์ ${sheetName}!${cell} ไม่ได้ (${why})`, `cannot go to ${sheetName}!${cell} (${why})`);
        }),
    scaffold: (plan) => excel.run(RUN_OPTIONS, (ctx) => scaffold(ctx, plan)),
    watchChanges: async (onChange) => {
      const registration = await excel.run(RUN_OPTIONS, async (ctx) => {
        const handler = ctx.workbook.worksheets.onChanged.add(async () => onChange());
        await ctx.sync();
        return handler;
      });
      return () =>
        excel.run(registration.context as Excel.RequestContext, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
    },
  };
}
