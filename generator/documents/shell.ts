/**
 * The shell of a document: docx packs a small document (styles, footers,
 * section properties) with one placeholder paragraph per section, and the
 * body XML of each section is put in its place. Pure (no Node APIs), so the
 * CLI (pack.ts) and the task pane's export worker share it.
 */
import { Paragraph, TextRun, type Document } from "docx";
import { toDocument, type DocSpec } from "./document";
import { FONT_TABLE_ENTRY } from "./style";

const slotText = (i: number) => `PHAEN-SECTION-SLOT-${i}-`;

/** The shell: the document with one placeholder paragraph for each section's body. */
export function shellOf(spec: DocSpec): Document {
  return toDocument(spec, (_, i) => [new Paragraph({ children: [new TextRun(slotText(i))] })]);
}

/**
 * Cuts the shell's document.xml around each placeholder paragraph. docx puts
 * a section's properties in its last paragraph, so a placeholder's sectPr is
 * kept in an empty paragraph after the section's body.
 */
export function splitAtSlots(xml: string, count: number): { pieces: string[]; sectionEnds: string[] } {
  const pieces: string[] = [];
  const sectionEnds: string[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = xml.indexOf(slotText(i), from);
    if (at < 0) throw new Error(`document shell lacks placeholder ${i}`);
    const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
    const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
    pieces.push(xml.slice(from, start));
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml.slice(start, end));
    sectionEnds.push(sectPr ? `<w:p><w:pPr>${sectPr[0]}</w:pPr></w:p>` : "");
    from = end;
  }
  pieces.push(xml.slice(from));
  return { pieces, sectionEnds };
}

export const DOCUMENT_PART = "word/document.xml";

export const FONT_TABLE_PART = "word/fontTable.xml";

/** docx writes an empty font table: declare TH SarabunPSK and what to substitute for it (CLI and pane alike). */
export function withThaiFont(xml: string): string {
  if (xml.includes('w:name="TH SarabunPSK"')) return xml;
  const closed = xml.replace(/\/>\s*$/, `>${FONT_TABLE_ENTRY}</w:fonts>`);
  return closed === xml ? xml.replace("</w:fonts>", `${FONT_TABLE_ENTRY}</w:fonts>`) : closed;
}
