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
  VerticalAlign,
  WidthType,
} from "docx";
import { STYLE_IDS } from "./style";

/** A docx element of a document body. */
export type DocxBlock = Paragraph | Table | TableOfContents;

/** A paragraph as data: the few properties official documents use. */
export interface ParaSpec {
  para: true;
  style?: string;
  pageBreakBefore?: boolean;
  spacingBefore?: number;
  indent?: { left: number; hanging: number } | { firstLine: number };
  center?: boolean;
  runs: { text: string; bold?: boolean }[];
}

/**
 * A body part: a docx element, or a paragraph or table kept as data. Writers
 * put specs straight into XML (table-xml.ts); toDocx makes docx objects of them.
 */
export type Block = DocxBlock | ParaSpec | TableSpec;

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

const LEVELS = { 1: STYLE_IDS.heading1, 2: STYLE_IDS.heading2, 3: STYLE_IDS.heading3 } as const;

/** A heading in a Heading1–3 style, so Word's table of contents finds it. */
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

export function heading(text: string, level: 1 | 2 | 3 = 1, opts: { pageBreakBefore?: boolean } = {}): ParaSpec {
  return { para: true, style: LEVELS[level], pageBreakBefore: opts.pageBreakBefore, runs: [{ text }] };
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

export function docxParagraph(p: ParaSpec): Paragraph {
  return new Paragraph({
    style: p.style,
    pageBreakBefore: p.pageBreakBefore,
    spacing: p.spacingBefore === undefined ? undefined : { before: p.spacingBefore },
    indent: p.indent,
    alignment: p.center ? AlignmentType.CENTER : undefined,
    children: p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold, boldComplexScript: r.bold })),
  });
}

export type Align = "left" | "right" | "center";

export interface TableSpec {
  headers: string[];
  /** Column widths in twips; they should add up to the text width. */
  widths: number[];
  align?: Align[];
  rows: string[][];
  /** Rows printed in bold after the body (totals). */
  totals?: string[][];
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function cell(text: string, width: number, align: Align, bold: boolean, shade: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    shading: shade ? { fill: "E7E6E6" } : undefined,
    children: [
      new Paragraph({
        style: STYLE_IDS.table,
        alignment: ALIGN[align],
        children: [new TextRun({ text, bold: bold || undefined, boldComplexScript: bold || undefined })],
      }),
    ],
  });
}

/** A table: kept as its spec until written (see Block). */
export function table(spec: TableSpec): TableSpec {
  return spec;
}

/** A bordered table whose header row repeats on every page and never splits. */
export function docxTable(spec: TableSpec): Table {
  const align = (i: number) => spec.align?.[i] ?? "left";
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.headers.map((h, i) => cell(h, spec.widths[i], "center", true, true)),
  });
  const body = spec.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, spec.widths[i], align(i), false, false)) }));
  const totals = (spec.totals ?? []).map(
    (r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, spec.widths[i], align(i), true, false)) }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: spec.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: spec.widths,
    borders: BORDERS,
    margins: { left: 57, right: 57 },
    rows: [header, ...body, ...totals],
  });
}

export function isTableSpec(p: Block): p is TableSpec {
  return "headers" in p && "widths" in p && "rows" in p;
}

export function isParaSpec(p: Block): p is ParaSpec {
  return "para" in p && p.para === true && "runs" in p;
}

export function toDocx(p: Block): DocxBlock {
  return isTableSpec(p) ? docxTable(p) : isParaSpec(p) ? docxParagraph(p) : p;
}

/** Scales relative column weights to a text width in twips. */
export function widths(total: number, weights: number[]): number[] {
  const sumW = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w * total) / sumW));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}
