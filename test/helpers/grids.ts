/**
 * Miniature workbooks for tests: plain objects in, grids out, laid out the way
 * the template lays them out (Thai header row, English key row, data).
 */
import {
  META_SHEET,
  SHEETS,
  TEMPLATE_VERSION,
  infoFormRows,
  metaRows,
  infoSheet,
  sheetByKey,
  tableHeaderRows,
  type CellValue,
  type Grid,
  type SheetKey,
  type TableKey,
} from "../../core";

export type RowInput = Record<string, CellValue | undefined>;

/** A table sheet laid out as core's layout says: the header rows, then one row per object. */
export function tableGrid(key: TableKey, rows: RowInput[], opts: { omit?: string[]; sheetName?: string } = {}): Grid {
  const def = sheetByKey(key);
  const cols = def.columns.filter((c) => !opts.omit?.includes(c.key));
  return {
    sheet: opts.sheetName ?? def.name,
    topLeft: "A1",
    rows: [...tableHeaderRows(cols), ...rows.map((r) => cols.map((c) => r[c.key] ?? null))],
  };
}

/** The info form as core's layout lays it out: label, value and key per field. */
export function infoGrid(values: RowInput, opts: { omit?: string[] } = {}): Grid {
  const fields = infoSheet.columns.filter((c) => !opts.omit?.includes(c.key));
  return { sheet: infoSheet.name, topLeft: "A1", rows: infoFormRows(fields, (c) => values[c.key] ?? null) };
}

export function metaGrid(version: string = TEMPLATE_VERSION): Grid {
  return { sheet: META_SHEET, topLeft: "A1", rows: metaRows(version) };
}

export type WorkbookInput = { info?: RowInput } & Partial<Record<TableKey, RowInput[]>>;

/** Every template sheet (empty where not given), plus _meta. */
export function workbookGrids(input: WorkbookInput, opts: { omitSheets?: SheetKey[]; version?: string | null } = {}): Grid[] {
  const grids: Grid[] = [];
  for (const def of SHEETS) {
    if (opts.omitSheets?.includes(def.key)) continue;
    if (def.layout === "form") grids.push(infoGrid(input.info ?? {}));
    else grids.push(tableGrid(def.key, input[def.key] ?? []));
  }
  if (opts.version !== null) grids.push(metaGrid(opts.version ?? TEMPLATE_VERSION));
  return grids;
}
