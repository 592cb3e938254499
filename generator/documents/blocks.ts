/** Small shared pieces: paragraphs, headings, a cover, and the table every document uses. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { bandSpans, CELL_MARGIN, fittedWidths } from "./column-widths";
import { FIGURE_LANGUAGE, runPieces } from "./runs";
import { STYLE_IDS } from "./style";

/** A docx element of a document body. */
export type DocxBlock = Paragraph | Table | TableOfContents;

/** A table of contents with its entries written in advance (see document.ts `contents`). */
export interface TocSpec {
  toc: true;
  entries: readonly { title: string; level: number }[];
}

/** A paragraph as data: the few properties official documents use. */
export interface ParaSpec {
  para: true;
  style?: string;
  pageBreakBefore?: boolean;
  spacingBefore?: number;
  indent?: { left: number; hanging: number } | { firstLine: number };
  center?: boolean;
  /** Kept on the page of the paragraph after it (headings, a form's last items). */
  keepNext?: boolean;
  /** Never split across pages. */
  keepLines?: boolean;
  runs: { text: string; bold?: boolean }[];
}

/**
 * A body part, kept as data: the CLI's writer puts it straight into XML
 * (table-xml.ts); toDocx makes docx objects of it for the task pane.
 */
export type Block = ParaSpec | TableSpec | TocSpec;

export function para(text: string, opts: { bold?: boolean; center?: boolean; indent?: boolean; pageBreakBefore?: boolean } = {}): ParaSpec {
  return {
    para: true,
    center: opts.center,
    indent: opts.indent ? { firstLine: 1418 } : undefined,
    pageBreakBefore: opts.pageBreakBefore,
    runs: [{ text, bold: opts.bold }],
  };
}

/** "label: value" with the label in bold; a blank value prints a dash so the form stays readable. */
export function field(label: string, value: string): ParaSpec {
  return {
    para: true,
    indent: { left: 567, hanging: 567 },
    runs: [{ text: `${label} `, bold: true }, { text: value.trim() ? value : "-" }],
  };
}

/** "label: first item", then each further item on its own line under the value; a dash for none. */
export function fieldLines(label: string, items: readonly string[]): ParaSpec[] {
  if (!items.length) return [field(label, "")];
  return items.map((t, i): ParaSpec =>
    i === 0 ? field(label, t) : { para: true, indent: { left: 567, hanging: 0 }, runs: [{ text: t }] },
  );
}

const LEVELS = { 1: STYLE_IDS.heading1, 2: STYLE_IDS.heading2, 3: STYLE_IDS.heading3 } as const;

/** The headings among some blocks, in order, with their levels (for a table of contents written in advance). */
export function headingsOf(blocks: readonly Block[]): { title: string; level: number }[] {
  const out: { title: string; level: number }[] = [];
  for (const b of blocks) {
    if (!isParaSpec(b)) continue;
    const level = b.style === LEVELS[1] ? 1 : b.style === LEVELS[2] ? 2 : b.style === LEVELS[3] ? 3 : 0;
    if (level) out.push({ title: b.runs.map((r) => r.text).join(""), level });
  }
  return out;
}

/** Headings keep with what follows (as their style says too: a reference .docx may not). */
export function heading(text: string, level: 1 | 2 | 3 = 1, opts: { pageBreakBefore?: boolean } = {}): ParaSpec {
  return { para: true, style: LEVELS[level], keepNext: true, pageBreakBefore: opts.pageBreakBefore, runs: [{ text }] };
}

export function title(text: string): ParaSpec {
  return { para: true, style: STYLE_IDS.title, runs: [{ text }] };
}

export interface CoverOptions {
  letterhead?: readonly string[];
  title: string;
  lines: string[];
}

/** A cover page: the letterhead from the reference .docx, the title, then centred lines. */
export function cover(opts: CoverOptions): Block[] {
  const blocks: Block[] = (opts.letterhead ?? []).map((text): ParaSpec => ({ para: true, style: STYLE_IDS.letterhead, runs: [{ text }] }));
  blocks.push({ para: true, spacingBefore: 2400, runs: [] }, title(opts.title));
  for (const line of opts.lines) if (line) blocks.push(para(line, { center: true }));
  return blocks;
}

/** docx runs for a spec's run: figures in their own run, tagged with a Western language (see runs.ts). */
export function docxRuns(text: string, bold: boolean | undefined): TextRun[] {
  return runPieces(text).map(
    (r) =>
      new TextRun({
        text: r.text,
        bold: bold || undefined,
        boldComplexScript: bold || undefined,
        language: r.figure ? { value: FIGURE_LANGUAGE, bidirectional: FIGURE_LANGUAGE } : undefined,
      }),
  );
}

export function docxParagraph(p: ParaSpec): Paragraph {
  return new Paragraph({
    style: p.style,
    keepNext: p.keepNext,
    keepLines: p.keepLines,
    pageBreakBefore: p.pageBreakBefore,
    spacing: p.spacingBefore === undefined ? undefined : { before: p.spacingBefore },
    indent: p.indent,
    alignment: p.center ? AlignmentType.CENTER : undefined,
    children: p.runs.flatMap((r) => docxRuns(r.text, r.bold)),
  });
}

export type Align = "left" | "right" | "center";

export interface TableSpec {
  headers: string[];
  /**
   * Column widths in twips adding up to the table's width; the writers widen
   * a column to its longest unbreakable token (column-widths.ts), taking the
   * room from the others in these proportions.
   */
  widths: number[];
  align?: Align[];
  rows: string[][];
  /** Rows printed in bold after the body (totals). */
  totals?: string[][];
  /**
   * The last rows (body and totals counted together) that keep with the row
   * or paragraph after them, so a page never ends a section with one row.
   */
  keepTail?: { rows: number; withNext: boolean };
  /**
   * Body rows that head a group (a band), in bold, kept with the row after
   * them: the first cell spans the columns up to the row's next non-empty
   * cell (a group's subtotal in its column), or the whole table. Their text
   * does not widen the first column.
   */
  bands?: readonly number[];
  /** Body rows printed in bold (a group's subtotal). */
  boldRows?: readonly number[];
  /** Body rows shaded as the header is (a band of the outer grouping). */
  shadedRows?: readonly number[];
}

/** Whether row `n` (body, then totals) keeps with what follows it. */
export function keepsWithNext(spec: TableSpec): (n: number) => boolean {
  const count = spec.rows.length + (spec.totals?.length ?? 0);
  const tail = spec.keepTail;
  if (!tail) return () => false;
  return (n) => n >= count - tail.rows && (tail.withNext || n < count - 1);
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cell(text: string, width: number, align: Align, bold: boolean, shade: boolean, keepNext = false, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    shading: shade ? { fill: "E7E6E6" } : undefined,
    children: [
      new Paragraph({
        style: STYLE_IDS.table,
        keepNext: keepNext || undefined,
        alignment: ALIGN[align],
        children: docxRuns(text, bold),
      }),
    ],
  });
}

/** A table: kept as its spec until written (see Block). */
export function table(spec: TableSpec): TableSpec {
  return spec;
}

/** A bordered table whose header row repeats on every page; no row splits across pages. */
export function docxTable(spec: TableSpec): Table {
  const align = (i: number) => spec.align?.[i] ?? "left";
  const w = fittedWidths(spec);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.headers.map((h, i) => cell(h, w[i], "center", true, true)),
  });
  const keeps = keepsWithNext(spec);
  const total = w.reduce((a, b) => a + b, 0);
  const bands = new Set(spec.bands ?? []);
  const bold = new Set(spec.boldRows ?? []);
  const shaded = new Set(spec.shadedRows ?? []);
  const body = spec.rows.map((r, n) => {
    if (!bands.has(n))
      return new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, w[i], align(i), bold.has(n), shaded.has(n), keeps(n))) });
    const spans = bandSpans(r);
    const first = w.slice(0, spans[0]).reduce((a, b) => a + b, 0);
    const rest = r.slice(spans[0]).map((t, j) => cell(t, w[spans[0] + j], align(spans[0] + j), true, shaded.has(n), true));
    return new TableRow({ cantSplit: true, children: [cell(r[0], first, "left", true, shaded.has(n), true, spans[0]), ...rest] });
  });
  const totals = (spec.totals ?? []).map(
    (r, n) =>
      new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, w[i], align(i), true, false, keeps(spec.rows.length + n))) }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: w,
    borders: BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    rows: [header, ...body, ...totals],
  });
}

export function isTableSpec(p: Block): p is TableSpec {
  return "headers" in p && "widths" in p && "rows" in p;
}

export function isParaSpec(p: Block): p is ParaSpec {
  return "para" in p && p.para === true && "runs" in p;
}

export function isTocSpec(p: Block): p is TocSpec {
  return "toc" in p && p.toc === true;
}

export function toDocx(p: Block): DocxBlock {
  if (isTableSpec(p)) return docxTable(p);
  if (isParaSpec(p)) return docxParagraph(p);
  return new TableOfContents("สารบัญ", { hyperlink: true, headingStyleRange: "1-3", cachedEntries: p.entries, beginDirty: true });
}

/** Scales relative column weights to a text width in twips. */
export function widths(total: number, weights: number[]): number[] {
  const sumW = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w * total) / sumW));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Lines a page must hold besides the last of a document (a page of three or fewer reads as left over). */
const TAIL_LINES = 4;

/**
 * Keeps the end of a run of blocks (a section, a province's part, a form)
 * on one page: its last paragraphs and table rows keep with what follows
 * them until four lines are held together, so the page that ends it is never
 * near-empty. Returns copies; the blocks given are not changed.
 */
export function keepTail(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  let lines = 0;
  for (let i = out.length - 1; i >= 0 && lines < TAIL_LINES; i--) {
    const b = out[i];
    const last = i === out.length - 1;
    if (isParaSpec(b)) {
      if (!last) out[i] = { ...b, keepNext: true };
      lines += 1;
    } else if (isTableSpec(b)) {
      const count = b.rows.length + (b.totals?.length ?? 0);
      const rows = Math.min(count, TAIL_LINES - lines);
      out[i] = { ...b, keepTail: { rows, withNext: !last } };
      lines += rows + (rows === count ? 1 : 0); // the header row too, when the whole table is kept
    } else break;
  }
  return out;
}

/** keepTail for each run of blocks a page break ends (a section's end, or a paragraph that starts a new page). */
export function keepTails(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  for (const b of blocks) {
    if (isParaSpec(b) && b.pageBreakBefore && run.length) {
      out.push(...keepTail(run));
      run = [];
    }
    run.push(b);
  }
  out.push(...keepTail(run));
  return out;
}
