/**
 * A document as the builders describe it (title, sections of body parts) and
 * its conversion to a docx Document with the official styles (or those of a
 * reference .docx). Writers may instead serialise the parts themselves.
 */
import { Document } from "docx";
import { keepTails, toDocx, type Block, type DocxBlock, type ParaSpec, type TocSpec } from "./blocks";
import { makeFormatter, type Formatter } from "./format";
import { OFFICIAL_STYLES, STYLE_IDS, sectionOf, type Orientation } from "./style";

export interface DocOptions {
  /** Print digits as Thai digits (๑๒๓). */
  thaiDigits?: boolean;
  /** word/styles.xml of the reference .docx; the built-in official styles when absent. */
  styles?: string;
  /** Letterhead lines from the reference .docx, printed on covers. */
  letterhead?: readonly string[];
}

export interface BuildContext {
  fmt: Formatter;
  letterhead: readonly string[];
}

export function contextOf(opts: DocOptions): BuildContext {
  return { fmt: makeFormatter({ thaiDigits: opts.thaiDigits }), letterhead: opts.letterhead ?? [] };
}

/** Who issues a document: the committee it goes to and the office of its secretariat. */
export interface Issuer {
  committee: string;
  /** Empty when no one office stands for it (a national packet). */
  office: string;
}

const COMMITTEE_SLOT = "{คณะกรรมการ}";
const OFFICE_SLOT = "{สำนักงาน}";

/** The letterhead of the bundled reference .docx, and of the task pane's documents: filled per document. */
export const DEFAULT_LETTERHEAD: readonly string[] = [`ฝ่ายเลขานุการ${COMMITTEE_SLOT}`, OFFICE_SLOT];

/**
 * The cover's letterhead: the reference's lines, with {คณะกรรมการ} and
 * {สำนักงาน} (as the bundled reference writes them) filled for this
 * document; a line left empty is dropped. A secretariat's own reference
 * with fixed lines prints them as they are.
 */
export function letterheadFor(ctx: BuildContext, issuer: Issuer): string[] {
  return ctx.letterhead
    .map((line) => line.replaceAll(COMMITTEE_SLOT, issuer.committee).replaceAll(OFFICE_SLOT, issuer.office).trim())
    .filter((line) => line !== "");
}

export interface SectionSpec {
  orientation: Orientation;
  parts: Block[];
}

export interface DocSpec {
  title: string;
  sections: SectionSpec[];
  /** Has a table of contents: Word is asked to update fields on opening. */
  toc: boolean;
  options: DocOptions;
}

/** A section; the last lines before each page break keep together, so no page is near-empty (see keepTail). */
export function section(parts: Block[], orientation: Orientation = "portrait"): SectionSpec {
  return { orientation, parts: keepTails(parts) };
}

export function docSpec(title: string, sections: SectionSpec[], options: DocOptions, toc = false): DocSpec {
  return { title, sections, toc, options };
}

/** The docx Document; `bodyOf` may stand in for a section's parts (a writer passes placeholders). */
export function toDocument(spec: DocSpec, bodyOf: (s: SectionSpec, i: number) => DocxBlock[] = (s) => s.parts.map(toDocx)): Document {
  const opts = spec.options;
  return new Document({
    creator: "Phaen (แผน)",
    title: spec.title,
    ...(opts.styles ? { externalStyles: opts.styles } : { styles: OFFICIAL_STYLES }),
    ...(spec.toc ? { features: { updateFields: true } } : {}),
    sections: spec.sections.map((s, i) => sectionOf(bodyOf(s, i), s.orientation, { thaiDigits: opts.thaiDigits ?? false })),
  });
}

/**
 * A new page titled สารบัญ holding a table-of-contents field over Heading 1–3.
 * The entries are written in advance (without page numbers), so viewers
 * that do not update fields (LibreOffice, previews) still list the contents;
 * Word fills in the page numbers when it updates the field on opening.
 */
export function contents(entries: readonly { title: string; level: number }[]): (ParaSpec | TocSpec)[] {
  return [
    { para: true, style: STYLE_IDS.tocHeading, pageBreakBefore: true, runs: [{ text: "สารบัญ" }] },
    { toc: true, entries },
  ];
}
