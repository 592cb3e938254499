/**
 * A gated workbook's cell values as grids for core, with fflate and saxes
 * only: how the task pane reads an earlier version the planner picks (the
 * add-in reads through Office.js and never loads exceljs). It gives what the
 * CLI's exceljs reader gives (generator/reader/grids.ts, tested equal on the
 * samples): cached formula results, shared and rich text joined, `_xHHHH_`
 * escapes decoded, errors as "#REF!" strings, merged areas valued in their
 * top-left cell only, numbers as stored (the serials Office.js gives for
 * dates; exceljs's own date round trip gives the same for whole days).
 */
import type { CellValue, Grid } from "../../core";
import type { GatedWorkbook } from "./gate";
import { columnNumber } from "./sheet";
import { refuseXml } from "./messages";
import { parseXml, withoutXmlForbidden, XmlProblem } from "./xml";
import { listEntries, readEntry } from "./zip";

const SHARED_STRINGS = "xl/sharedStrings.xml";
const ESCAPE = /_x([0-9A-F]{4})_/g;
const unescape = (s: string) => s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const CELL_REF = /^\$?([A-Za-z]{1,4})\$?(\d+)$/;

/** Text of <t> elements, runs (<r>) joined, phonetic guides (<rPh>) left out, as exceljs's string parsers do. */
class TextCollector {
  private plain: string[] = [];
  private runs: string[] = [];
  private run: string[] | null = null;
  private inText = false;
  private inPhonetic = false;
  open(name: string): void {
    if (name === "rPh") this.inPhonetic = true;
    else if (name === "r") this.run = [];
    else if (name === "t" && !this.inPhonetic) this.inText = true;
  }
  text(t: string): void {
    if (this.inText) (this.run ?? this.plain).push(t);
  }
  close(name: string): void {
    if (name === "rPh") this.inPhonetic = false;
    else if (name === "t") this.inText = false;
    else if (name === "r" && this.run) {
      this.runs.push(unescape(this.run.join("")));
      this.run = null;
    }
  }
  value(): string {
    return withoutXmlForbidden(this.runs.length ? this.runs.join("") : unescape(this.plain.join("")));
  }
}

function sharedStrings(text: string | undefined): string[] {
  const out: string[] = [];
  if (text === undefined) return out;
  let item: TextCollector | null = null;
  parseXml(
    text,
    (tag) => (tag.name === "si" ? (item = new TextCollector()) : item?.open(tag.name)),
    (t) => item?.text(t),
    (tag) => {
      if (tag.name !== "si") return item?.close(tag.name);
      out.push(item!.value());
      item = null;
    },
  );
  return out;
}

interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  formula: boolean;
  value: string[] | null;
  inline: TextCollector | null;
  inValue: boolean;
}

/**
 * A closed cell's value, by its type, as exceljs's cell parser decides it. A
 * formula's cached 0 or FALSE reads blank, as exceljs keeps only truthy
 * results: the pane's comparison must be the one `phaen diff` prints.
 */
function valueOf(c: OpenCell, shared: readonly string[]): CellValue {
  const v = cellValue(c, shared);
  return c.formula && !v ? null : v;
}

function cellValue(c: OpenCell, shared: readonly string[]): CellValue {
  const v = c.value?.join("");
  if (c.type === "inlineStr" && c.inline) return c.inline.value();
  if (v === undefined || v === "") return null;
  if (c.type === "str") return withoutXmlForbidden(v);
  if (c.type === "b") return parseInt(v, 10) !== 0;
  if (c.type === "e") return v;
  if (c.type === "s" && !c.formula) return shared[parseInt(v, 10)] ?? null;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : null;
}

interface Area {
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

function areaOf(ref: string): Area | null {
  const [a, b] = ref.split(":").map((x) => CELL_REF.exec(x));
  if (!a || !b) return null;
  const [c1, c2] = [columnNumber(a[1]), columnNumber(b[1])].sort((x, y) => x - y);
  const [r1, r2] = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
  return { r1, r2, c1, c2 };
}

/**
 * Drops the values of a merged area's other cells, which Excel (and exceljs)
 * report blank. Each area costs the smaller of its size and the number of
 * valued cells, so a huge merge in a hostile file cannot exhaust memory.
 */
function dropMergedAway(cells: Map<string, unknown>, refs: readonly string[]): void {
  for (const ref of refs) {
    const area = areaOf(ref);
    if (!area) continue;
    const { r1, r2, c1, c2 } = area;
    const inside = (r: number, c: number) => r >= r1 && r <= r2 && c >= c1 && c <= c2 && (r !== r1 || c !== c1);
    if ((r2 - r1 + 1) * (c2 - c1 + 1) <= cells.size) {
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (inside(r, c)) cells.delete(`${r}:${c}`);
    } else
      for (const key of cells.keys()) {
        const [r, c] = key.split(":").map(Number);
        if (inside(r, c)) cells.delete(key);
      }
  }
}

function gridOfSheet(name: string, text: string, shared: readonly string[]): Grid {
  const cells = new Map<string, { row: number; col: number; value: CellValue }>();
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  let cell: OpenCell | null = null;
  parseXml(
    text,
    (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === "row") {
        row = /^\d+$/.test(a.r ?? "") ? Number(a.r) : row + 1;
        col = 0;
      } else if (tag.name === "c") {
        const m = CELL_REF.exec(a.r ?? "");
        col = m ? columnNumber(m[1]) : col + 1;
        cell = { row: m ? Number(m[2]) : row, col, type: a.t, formula: false, value: null, inline: null, inValue: false };
      } else if (tag.name === "mergeCell" && a.ref) merges.push(a.ref);
      else if (!cell) return;
      else if (tag.name === "f") cell.formula = true;
      else if (tag.name === "v") {
        cell.inValue = true;
        cell.value ??= [];
      } else if (tag.name === "is") cell.inline = new TextCollector();
      else cell.inline?.open(tag.name);
    },
    (t) => {
      if (cell?.inValue) cell.value!.push(t);
      else cell?.inline?.text(t);
    },
    (tag) => {
      if (!cell) return;
      if (tag.name === "v") cell.inValue = false;
      else if (tag.name === "c") {
        const value = valueOf(cell, shared);
        if (value !== null) cells.set(`${cell.row}:${cell.col}`, { row: cell.row, col: cell.col, value });
        cell = null;
      } else cell.inline?.close(tag.name);
    },
  );
  dropMergedAway(cells, merges);
  const rows: CellValue[][] = [];
  for (const c of cells.values()) {
    if (c.row < 1 || c.col < 1) continue;
    while (rows.length < c.row) rows.push([]);
    const values = rows[c.row - 1];
    while (values.length < c.col - 1) values.push(null);
    values[c.col - 1] = c.value;
  }
  while (rows.length && !rows[rows.length - 1].length) rows.pop();
  return { sheet: name, topLeft: "A1", rows };
}

/** Runs a parse of one part, a malformed part refused naming the file and the part. */
function parsing<T>(file: string, part: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof XmlProblem) refuseXml(file, part, e);
    throw e;
  }
}

/** The gate's archive (its parts already checked and UTF-8) → one grid per worksheet, in workbook order. */
export function gridsFromGated(file: string, gated: GatedWorkbook): Grid[] {
  const entries = new Map(listEntries(gated.archive, Number.MAX_SAFE_INTEGER).map((e) => [e.name, e]));
  const decoder = new TextDecoder("utf-8");
  const textOf = (part: string) => {
    const e = entries.get(part);
    return e ? decoder.decode(readEntry(gated.archive, e)) : undefined;
  };
  const shared = parsing(file, SHARED_STRINGS, () => sharedStrings(textOf(SHARED_STRINGS)));
  return gated.sheets.map((s) => parsing(file, s.part, () => gridOfSheet(s.name, textOf(s.part) ?? "<worksheet/>", shared)));
}
