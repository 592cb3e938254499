/**
 * The same table as blocks.ts `table()`, written straight to WordprocessingML.
 * A national packet has 23,100 project rows; building docx objects for each
 * cell and serialising them costs seconds and gigabytes, so the packet writer
 * uses this for its tables. A test holds the two byte for byte equal.
 */
import type { Align, ParaSpec, TableSpec } from "./blocks";
import { STYLE_IDS } from "./style";

const ESC: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** Escapes text and attribute values as docx does (dropping characters XML 1.0 forbids). */
/** Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) are dropped: a part stays well-formed. */
export function escapeXml(v: unknown): string {
  return String(v).replace(
    /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => ESC[c] ?? "",
  );
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>`;
const BOLD = "<w:rPr><w:b/><w:bCs/></w:rPr>";

function cellXml(text: string, width: number, align: Align, bold: boolean, shade: boolean): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shade ? '<w:shd w:fill="E7E6E6" w:val="clear"/>' : ""}<w:vAlign w:val="top"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${STYLE_IDS.table}"/><w:jc w:val="${align}"/></w:pPr><w:r>${bold ? BOLD : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`
  );
}

/** Appends the table's XML to `out` (a list of string pieces, joined once by the caller). */
export function tableXml(spec: TableSpec, out: string[] = []): string[] {
  const align = (i: number): Align => spec.align?.[i] ?? "left";
  const total = spec.widths.reduce((a, b) => a + b, 0);
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:type="dxa" w:w="57"/><w:right w:type="dxa" w:w="57"/></w:tblCellMar></w:tblPr><w:tblGrid>`,
  );
  for (const w of spec.widths) out.push(`<w:gridCol w:w="${w}"/>`);
  out.push("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
  spec.headers.forEach((h, i) => out.push(cellXml(h, spec.widths[i], "center", true, true)));
  out.push("</w:tr>");
  for (const r of spec.rows) {
    out.push("<w:tr>");
    for (let i = 0; i < r.length; i++) out.push(cellXml(r[i], spec.widths[i], align(i), false, false));
    out.push("</w:tr>");
  }
  for (const r of spec.totals ?? []) {
    out.push("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    for (let i = 0; i < r.length; i++) out.push(cellXml(r[i], spec.widths[i], align(i), true, false));
    out.push("</w:tr>");
  }
  out.push("</w:tbl>");
  return out;
}

/** The same paragraph as blocks.ts `docxParagraph()`, written straight to XML. */
export function paraXml(p: ParaSpec, out: string[] = []): string[] {
  let props = "";
  if (p.style) props += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
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
  for (const r of p.runs) out.push(`<w:r>${r.bold ? BOLD : ""}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`);
  out.push("</w:p>");
  return out;
}
