/* global Excel */
/**
 * Reads the template sheets as grids, in requests that never exceed Excel's
 * 5 MB limit whatever the text holds: one sync finds the sheets and their
 * used ranges, a small probe measures what a row of each sheet weighs, and
 * the rest is read in chunks sized from those measured bytes (see
 * byteBudget.ts). Should a host still refuse a chunk as too large, the chunk
 * is retried at half its rows. Uses only ExcelApi 1.1 calls, plus the
 * defined names of the template's KPI formula cells where 1.4 is there.
 */
import { DEFINED_NAMES, META_SHEET, SHEETS, address, type CellValue, type Grid } from "../../core";
import type { FormulaKpi, WorkbookRead } from "../logic/port";
import {
  REQUEST_TARGET_BYTES,
  giveBack,
  isPayloadTooLarge,
  plannedRowBytes,
  takeProbe,
  takeRequest,
  type PendingRows,
  type ReadPiece,
} from "./byteBudget";
import { FEATURE_SETS, type HostInfo } from "./host";

/** Every name a template sheet may go by (Thai, English, key), lower-cased. */
const TEMPLATE_NAMES = new Set([...SHEETS.flatMap((d) => [d.name, d.nameEn, d.key]), META_SHEET].map((n) => n.toLowerCase()));

function rangeAddress(piece: ReadPiece): string {
  return `${address(piece.col0, piece.row0 + 1)}:${address(piece.col0 + piece.cols - 1, piece.row0 + piece.rows)}`;
}

export async function readWorkbook(context: Excel.RequestContext, host: HostInfo): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = host.supports(FEATURE_SETS.nullObjects)
    ? {
        level: context.workbook.names.getItemOrNullObject(DEFINED_NAMES.kpiLevel).getRangeOrNullObject().load("values,formulas"),
        weighted: context.workbook.names.getItemOrNullObject(DEFINED_NAMES.kpiWeighted).getRangeOrNullObject().load("values,formulas"),
      }
    : undefined;
  await context.sync();

  const valuesOnly = host.supports("1.2");
  const found = worksheets.items
    .filter((s) => TEMPLATE_NAMES.has(s.name.toLowerCase()))
    .map((sheet) => ({
      sheet,
      used: (valuesOnly ? sheet.getUsedRange(true) : sheet.getUsedRange()).load("rowIndex,columnIndex,rowCount,columnCount"),
    }));
  await context.sync();

  const grids = new Map<string, Grid>();
  const sheets = new Map<string, Excel.Worksheet>();
  const pending: PendingRows[] = [];
  for (const { sheet, used } of found) {
    const name = sheet.name;
    sheets.set(name, sheet);
    grids.set(name, { sheet: name, topLeft: address(used.columnIndex, used.rowIndex + 1), rows: [] });
    pending.push({ key: name, row0: used.rowIndex, col0: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
  }
  const planned = new Map<string, number>();
  const rowBytesOf = (key: string) => planned.get(key) ?? 1;

  let pieces = takeProbe(pending);
  while (pieces.length) {
    const ranges = pieces.map((piece) => sheets.get(piece.key)!.getRange(rangeAddress(piece)).load("values"));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || pieces.every((p) => p.rows === 1)) throw e;
      // Ask again for at most half the rows of the refused request.
      const rows = pieces.reduce((n, p) => n + p.rows, 0);
      for (const p of pieces) planned.set(p.key, Math.max(rowBytesOf(p.key), REQUEST_TARGET_BYTES / rows));
      giveBack(pending, pieces, rowBytesOf);
      pieces = takeRequest(pending);
      continue;
    }
    pieces.forEach((piece, i) => {
      const values = ranges[i].values as CellValue[][];
      planned.set(piece.key, plannedRowBytes(values, planned.get(piece.key)));
      grids.get(piece.key)!.rows.push(...values);
    });
    for (const p of pending) p.rowBytes = planned.get(p.key);
    pieces = takeRequest(pending);
  }

  const present = (r: Excel.Range | undefined): r is Excel.Range => Boolean(r && !r.isNullObject);
  // A formula cell's formulas start with "="; a value typed over the template's formula does not.
  const typedOver = (["level", "weighted"] as const).filter((k) => {
    const r = names?.[k];
    if (!present(r)) return false;
    const f: unknown = r.formulas[0]?.[0];
    return !(typeof f === "string" && f.startsWith("=")) && f !== "" && f !== null && f !== undefined;
  });
  const formulaKpi: FormulaKpi = {
    level: present(names?.level) ? (names.level.values[0]?.[0] as CellValue) : undefined,
    weighted: present(names?.weighted) ? (names.weighted.values[0]?.[0] as CellValue) : undefined,
    ...(typedOver.length ? { typedOver } : {}),
  };
  return { grids: [...grids.values()], formulaKpi };
}
