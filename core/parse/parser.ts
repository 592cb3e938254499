/**
 * Grids in, plan model out. User data never makes the parser throw: every
 * value it cannot read becomes a ParseIssue at its cell, which the data rules
 * report as findings.
 */
import { address, columnLetter, isBlank, isExcelError, type Grid } from "../grid";
import type { InfoForm, ParseIssue, PlanModel, PlanTables, Table, TypedAsText } from "../model";
import {
  COLUMN_TYPES,
  INSTRUCTIONS_SHEET,
  META_SHEET,
  META_VERSION_LABEL,
  SHEETS,
  TABLE_SHEETS,
  TEMPLATE_VERSION,
  infoSheet,
  type ColumnDef,
  type InfoRecord,
  type SheetDef,
} from "../schema";
import { findGrid, locateHeader, normaliseHeader, SheetCells } from "./locate";
import { cellText, readCell } from "./values";
import type { PackChoices } from "../packs/choices";

function expected(col: ColumnDef): { th: string; en: string } {
  const t = COLUMN_TYPES[col.type].expected;
  return { th: `${col.th}: ต้องเป็น${t.th}`, en: `${col.en}: expected ${t.en}` };
}

/** Sheets whose cells the template's formulas read (generator/workbook/kpi-sheet.ts). */
const FORMULA_SHEETS: ReadonlySet<string> = new Set(["kpi", "kpiMeetings"]);
const NOT_TEXT_TYPES: ReadonlySet<string> = new Set(["date", "percent", "number", "integer"]);

class Collector {
  readonly issues: ParseIssue[] = [];
  readonly typedAsText: TypedAsText[] = [];
  value(sheet: string, cell: string, col: ColumnDef, v: unknown, res: { error: boolean; raw: string }): void {
    this.issues.push({
      kind: res.error ? "error-value" : "unreadable-value",
      sheet,
      cell,
      key: col.key,
      detail: expected(col),
      raw: res.raw,
      severity: "error",
    });
    void v;
  }
}

function emptyTable<R>(def: SheetDef): Table<R> {
  return { sheet: def.name, present: false, columns: {}, headerRow: 1, rows: [] };
}

function parseTable<R>(grid: Grid | undefined, def: SheetDef, out: Collector, infoName: string, extra?: PackChoices): Table<R> {
  // A pack feature's sheet or column may be absent: its own rules say so when their pack enables it.
  if (!grid && def.feature) return emptyTable<R>(def);
  if (!grid) {
    out.issues.push({
      kind: "missing-sheet",
      sheet: infoName,
      cell: "A1",
      detail: { th: def.name, en: def.nameEn },
      severity: def.optional ? "warning" : "error",
    });
    return emptyTable<R>(def);
  }
  const cells = new SheetCells(grid);
  const layout = locateHeader(cells, def.columns);
  const table: Table<R> = { sheet: grid.sheet, present: true, columns: {}, headerRow: layout?.headerRow ?? cells.row0, rows: [] };
  if (!layout) {
    out.issues.push({
      kind: "missing-column",
      sheet: grid.sheet,
      cell: "A1",
      detail: { th: def.columns.map((c) => c.th).join(", "), en: "no recognised header row" },
      severity: "error",
    });
    return table;
  }
  let nextFree = Math.max(...layout.columnIndex.values()) + 1;
  for (const c of def.columns) {
    const idx = layout.columnIndex.get(c.key);
    if (idx !== undefined) {
      table.columns[c.key] = columnLetter(idx);
      continue;
    }
    if (c.feature) continue;
    out.issues.push({
      kind: "missing-column",
      sheet: grid.sheet,
      cell: address(nextFree++, layout.headerRow),
      key: c.key,
      detail: { th: c.th, en: c.en },
      severity: c.required ? "error" : "warning",
    });
  }
  const mapped = def.columns.flatMap((c) => {
    const idx = layout.columnIndex.get(c.key);
    return idx === undefined ? [] : [{ col: c, idx, letter: columnLetter(idx) }];
  });
  // Every record starts as a copy of one blank record holding every column: records then share one
  // hidden class with fast properties (adding 40-odd keys one by one puts each in dictionary mode,
  // and every rule's read of a field would be a hash lookup).
  const blank: Record<string, unknown> = Object.fromEntries([["$row", 0], ...def.columns.map((c) => [c.key, null])]);
  const watched = FORMULA_SHEETS.has(def.key);
  for (let r = layout.dataStart; r <= cells.lastRow; r++) {
    if (mapped.every((m) => isBlank(cells.at(r, m.idx)))) continue;
    const rec: Record<string, unknown> = { ...blank };
    rec.$row = r;
    for (const m of mapped) {
      const raw = cells.at(r, m.idx);
      const res = readCell(m.col, raw, extra);
      if (res.ok) {
        rec[m.col.key] = res.value;
        // Read by core from text: a formula on the sheet cannot read it (unreadable text is a data finding already).
        // A blank cell reads as "" from Excel (the pane), null from exceljs: neither is text typed in.
        if (watched && typeof raw === "string" && !isBlank(raw) && NOT_TEXT_TYPES.has(m.col.type))
          out.typedAsText.push({ sheet: grid.sheet, cell: `${m.letter}${r}`, key: m.col.key, raw: raw.slice(0, 40) });
      } else {
        rec[m.col.key] = null;
        out.value(grid.sheet, `${m.letter}${r}`, m.col, raw, res);
      }
    }
    table.rows.push(rec as R);
  }
  return table;
}

function parseInfo(grid: Grid | undefined, out: Collector): InfoForm {
  const values: Record<string, unknown> = Object.fromEntries([["$row", 0], ...infoSheet.columns.map((c) => [c.key, null])]);
  const form: InfoForm = { sheet: grid?.sheet ?? infoSheet.name, present: Boolean(grid), values: values as InfoRecord, cells: {} };
  if (!grid) {
    out.issues.push({
      kind: "missing-sheet",
      sheet: infoSheet.name,
      cell: "A1",
      detail: { th: infoSheet.name, en: infoSheet.nameEn },
      severity: "error",
    });
    return form;
  }
  const cells = new SheetCells(grid);
  const labels = new Map<string, ColumnDef>();
  for (const c of infoSheet.columns) for (const l of [c.th, c.en, c.key]) labels.set(normaliseHeader(l), c);
  for (let r = cells.row0; r <= cells.lastRow; r++) {
    // A field's label is the first labelled cell of the row; its value the next non-label cell.
    const row = cells.rowValues(r);
    const labelAt = row.findIndex((v) => !isBlank(v) && labels.has(normaliseHeader(cellText(v))));
    if (labelAt < 0) continue;
    const col = labels.get(normaliseHeader(cellText(row[labelAt])))!;
    if (form.cells[col.key]) continue;
    const valueCol = cells.col0 + labelAt + 1;
    const cell = address(valueCol, r);
    form.cells[col.key] = cell;
    const raw = cells.at(r, valueCol);
    const res = readCell(col, raw);
    if (res.ok) values[col.key] = res.value;
    else out.value(grid.sheet, cell, col, raw, res);
  }
  let missingRow = cells.lastRow + 1;
  for (const c of infoSheet.columns) {
    if (form.cells[c.key] || c.feature) continue;
    out.issues.push({
      kind: "missing-column",
      sheet: grid.sheet,
      cell: `A${missingRow++}`,
      key: c.key,
      detail: { th: c.th, en: c.en },
      severity: c.required ? "error" : "warning",
    });
  }
  return form;
}

/** Compares dotted versions: positive when a is newer than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number(x) || 0);
  const pb = b.split(".").map((x) => Number(x) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function readVersion(grids: Grid[], out: Collector, infoName: string): string | null {
  const meta = grids.find((g) => g.sheet === META_SHEET);
  let version: string | null = null;
  if (meta) {
    const cells = new SheetCells(meta);
    for (let r = cells.row0; r <= cells.lastRow && version === null; r++) {
      const row = cells.rowValues(r);
      const i = row.findIndex((v) => cellText(v) === META_VERSION_LABEL);
      if (i >= 0 && !isBlank(row[i + 1]) && !isExcelError(row[i + 1])) version = cellText(row[i + 1]);
    }
  }
  if (version === null) {
    out.issues.push({
      kind: "missing-version",
      sheet: infoName,
      cell: "A1",
      detail: { th: META_SHEET, en: META_SHEET },
      severity: "warning",
    });
  } else if (compareVersions(version, TEMPLATE_VERSION) > 0) {
    out.issues.push({
      kind: "newer-version",
      sheet: infoName,
      cell: "A1",
      detail: { th: version, en: version },
      raw: version,
      severity: "error",
    });
  }
  return version;
}

/** Sheets the parser reads; anything else in the workbook is ignored. */
export const KNOWN_SHEET_NAMES = [INSTRUCTIONS_SHEET, META_SHEET, ...SHEETS.map((s) => s.name)];

export interface ParseOptions {
  /** Dropdown values a pack declares beyond core's lists (core/packs/choices.ts), read as values. */
  extraChoices?: PackChoices;
}

export function parseWorkbook(grids: Grid[], opts: ParseOptions = {}): PlanModel {
  const out = new Collector();
  const infoGrid = findGrid(grids, infoSheet);
  const info = parseInfo(infoGrid, out);
  const infoName = info.sheet;
  const templateVersion = readVersion(grids, out, infoName);
  // Every table sheet of the schema, in template order: the model has exactly these tables.
  const tables = Object.fromEntries(
    TABLE_SHEETS.map((def) => [def.key, parseTable(findGrid(grids, def), def, out, infoName, opts.extraChoices)]),
  ) as PlanTables;
  return {
    templateVersion,
    info,
    ...tables,
    parseIssues: out.issues,
    typedAsText: out.typedAsText,
  };
}
