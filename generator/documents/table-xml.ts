/**
 * The same table as blocks.ts `table()`, written straight to WordprocessingML.
 * A national packet has 23,100 project rows; building docx objects for each
 * cell and serialising them costs seconds and gigabytes, so the packet writer
 * uses this for its tables. A test holds the two byte for byte equal.
 */
import { keepsWithNext, type Align, type ParaSpec, type TableSpec, type TocSpec } from "./blocks";
import { bandSpans, CELL_MARGIN, fittedWidths } from "./column-widths";
import { FIGURE_LANGUAGE, runPieces } from "./runs";
import { STYLE_IDS } from "./style";

const ESC: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** Anything escapeXml may change: most text has none, and a test is cheaper than the replace. */
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text and attribute values as docx does (dropping characters XML 1.0 forbids). */
/** Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) are dropped: a part stays well-formed. */
export function escapeXml(v: unknown): string {
  const s = String(v);
  if (!TO_ESCAPE.test(s)) return s;
  return s.replace(
    /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => ESC[c] ?? "",
  );
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const FIGURE = `<w:lang w:val="${FIGURE_LANGUAGE}" w:bidi="${FIGURE_LANGUAGE}"/>`;

/**
 * Spaces a reader would lose without xml:space="preserve": at either end, or
 * two together. Word itself marks only such runs; a national packet has a
 * million runs, and the mark on each is a tenth of its XML.
 */
const SPACES_TO_KEEP = /^\s|\s$|\s\s/;

/** Where docx marks every run's text xml:space="preserve", the runs that need it (what runsXml writes). */
export function preserveOnlyWhereNeeded(xml: string): string {
  return xml.replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g, (whole, text: string) =>
    SPACES_TO_KEEP.test(text) ? whole : `<w:t>${text}</w:t>`,
  );
}

/** A spec's run as docx writes it: figures in their own run with a Western language (runs.ts). */
function runsXml(text: string, bold: boolean | undefined): string {
  let out = "";
  for (const r of runPieces(text)) {
    const props = (bold ? "<w:b/><w:bCs/>" : "") + (r.figure ? FIGURE : "");
    const open = SPACES_TO_KEEP.test(r.text) ? '<w:t xml:space="preserve">' : "<w:t>";
    out += `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${open}${escapeXml(r.text)}</w:t></w:r>`;
  }
  return out;
}

/** A cell up to its runs: the same for every cell of a column (and row keeping), so made once per table. */
function cellOpen(width: number, align: Align, shade: boolean, keepNext: boolean, span = 1): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${shade ? '<w:shd w:fill="E7E6E6" w:val="clear"/>' : ""}</w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${STYLE_IDS.table}"/>${keepNext ? "<w:keepNext/>" : ""}<w:jc w:val="${align}"/></w:pPr>`
  );
}
const CELL_CLOSE = "</w:p></w:tc>";

/** Appends the table's XML to `out` (a list of string pieces, joined once by the caller). */
export function tableXml(spec: TableSpec, out: string[] = []): string[] {
  const align = (i: number): Align => spec.align?.[i] ?? "left";
  const widths = fittedWidths(spec);
  const total = widths.reduce((a, b) => a + b, 0);
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:type="dxa" w:w="${CELL_MARGIN}"/><w:right w:type="dxa" w:w="${CELL_MARGIN}"/></w:tblCellMar></w:tblPr><w:tblGrid>`,
  );
  for (const w of widths) out.push(`<w:gridCol w:w="${w}"/>`);
  out.push("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
  spec.headers.forEach((h, i) => out.push(cellOpen(widths[i], "center", true, false), runsXml(h, true), CELL_CLOSE));
  out.push("</w:tr>");
  const opens: [string[], string[]] = [[], []];
  const open = (i: number, keep: boolean) => (opens[keep ? 1 : 0][i] ??= cellOpen(widths[i], align(i), false, keep));
  const keeps = keepsWithNext(spec);
  const bands = new Set(spec.bands ?? []);
  const bold = new Set(spec.boldRows ?? []);
  const shaded = new Set(spec.shadedRows ?? []);
  let n = 0;
  const cell = (text: string, width: number, a: Align, isBold: boolean, shade: boolean, keep: boolean, span = 1) =>
    out.push(cellOpen(width, a, shade, keep, span), runsXml(text, isBold), CELL_CLOSE);
  const rowXml = (r: readonly string[], total: boolean) => {
    const row = n;
    const keep = keeps(n++);
    out.push("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    const shade = !total && shaded.has(row);
    if (!total && bands.has(row)) {
      // A band: its first cell spans the columns up to the next non-empty cell, bold and kept with the next row.
      const span = bandSpans(r)[0];
      cell(
        r[0],
        widths.slice(0, span).reduce((a, b) => a + b, 0),
        "left",
        true,
        shade,
        true,
        span,
      );
      for (let i = span; i < r.length; i++) cell(r[i], widths[i], align(i), true, shade, true);
    } else if (shade) {
      for (let i = 0; i < r.length; i++) cell(r[i], widths[i], align(i), bold.has(row), true, keep);
    } else {
      const isBold = total || bold.has(row);
      for (let i = 0; i < r.length; i++) out.push(open(i, keep), runsXml(r[i], isBold), CELL_CLOSE);
    }
    out.push("</w:tr>");
  };
  for (const r of spec.rows) rowXml(r, false);
  for (const r of spec.totals ?? []) rowXml(r, true);
  out.push("</w:tbl>");
  return out;
}

/** The same paragraph as blocks.ts `docxParagraph()`, written straight to XML. */
export function paraXml(p: ParaSpec, out: string[] = []): string[] {
  let props = "";
  if (p.style) props += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
  if (p.keepNext) props += "<w:keepNext/>";
  if (p.keepLines) props += "<w:keepLines/>";
  if (p.pageBreakBefore) props += "<w:pageBreakBefore/>";
  if (p.spacingBefore !== undefined) props += `<w:spacing w:before="${p.spacingBefore}"/>`;
  if (p.indent)
    props +=
      "firstLine" in p.indent
        ? `<w:ind w:firstLine="${p.indent.firstLine}"/>`
        : `<w:ind w:left="${p.indent.left}" w:hanging="${p.indent.hanging}"/>`;
  if (p.center) props += '<w:jc w:val="center"/>';
  out.push("<w:p>");
  if (props) out.push(`<w:pPr>${props}</w:pPr>`);
  for (const r of p.runs) out.push(runsXml(r.text, r.bold));
  out.push("</w:p>");
  return out;
}

/**
 * The table of contents as docx writes it (a TOC field over Heading 1–3 with
 * its entries in advance, marked dirty so Word fills in the page numbers).
 */
export function tocXml(toc: TocSpec, out: string[] = []): string[] {
  out.push(
    '<w:sdt><w:sdtPr><w:alias w:val="สารบัญ"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>',
  );
  const field =
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
  const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  toc.entries.forEach((e, i) => {
    const clear = 9026 - 240 * (e.level - 1);
    out.push(
      `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/><w:tabs><w:tab w:val="clear" w:pos="${clear}"/><w:tab w:val="right" w:pos="9025" w:leader="dot"/></w:tabs></w:pPr>`,
      i === 0 ? field : "",
      `<w:r><w:t xml:space="default">${escapeXml(e.title)}</w:t><w:tab/><w:t xml:space="default"></w:t></w:r>`,
      i === toc.entries.length - 1 ? end : "",
      "</w:p>",
    );
  });
  out.push("</w:sdtContent></w:sdt>");
  return out;
}
