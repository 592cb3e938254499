/**
 * Miniature workbooks for tests: plain objects in, grids out, laid out the way
 * the template lays them out (Thai header row, English key row, data).
 */
import { META_SHEET, META_VERSION_LABEL, SHEETS, TEMPLATE_VERSION, infoSheet, type CellValue, type Grid, type SheetKey } from "../../core";

export type RowInput = Record<string, CellValue | undefined>;

/** A table sheet: header rows from the schema, then one row per object (row 3 onwards). */
export function tableGrid(key: Exclude<SheetKey, "info">, rows: RowInput[], opts: { omit?: string[]; sheetName?: string } = {}): Grid {
  const def = SHEETS.find((s) => s.key === key)!;
  const cols = def.columns.filter((c) => !opts.omit?.includes(c.key));
  return {
    sheet: opts.sheetName ?? def.name,
    topLeft: "A1",
    rows: [cols.map((c) => c.th), cols.map((c) => c.key), ...rows.map((r) => cols.map((c) => r[c.key] ?? null))],
  };
}

/** The info form: label, value, key per row (values in column B from row 2). */
export function infoGrid(values: RowInput, opts: { omit?: string[] } = {}): Grid {
  const fields = infoSheet.columns.filter((c) => !opts.omit?.includes(c.key));
  return {
    sheet: infoSheet.name,
    topLeft: "A1",
    rows: [["หัวข้อ", "ค่า", "key"], ...fields.map((c) => [c.th, values[c.key] ?? null, c.key])],
  };
}

export function metaGrid(version: string = TEMPLATE_VERSION): Grid {
  return { sheet: META_SHEET, topLeft: "A1", rows: [[META_VERSION_LABEL, version]] };
}

export type WorkbookInput = { info?: RowInput } & Partial<Record<Exclude<SheetKey, "info">, RowInput[]>>;

/** Every template sheet (empty where not given), plus _meta. */
export function workbookGrids(input: WorkbookInput, opts: { omitSheets?: SheetKey[]; version?: string | null } = {}): Grid[] {
  const grids: Grid[] = [];
  for (const def of SHEETS) {
    if (opts.omitSheets?.includes(def.key)) continue;
    if (def.key === "info") grids.push(infoGrid(input.info ?? {}));
    else grids.push(tableGrid(def.key, input[def.key] ?? []));
  }
  if (opts.version !== null) grids.push(metaGrid(opts.version ?? TEMPLATE_VERSION));
  return grids;
}
