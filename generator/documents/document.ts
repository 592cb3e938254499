/**
 * A document as the builders describe it (title, sections of body parts) and
 * its conversion to a docx Document with the official styles (or those of a
 * reference .docx). Writers may instead serialise the parts themselves.
 */
import { Document } from "docx";
import type { CeilingFill } from "../../core";
import { isParaSpec, isTableSpec, keepTails, toDocx, type Block, type DocxBlock, type ParaSpec, type TocSpec } from "./blocks";
import { makeFormatter, thaiDigitsOutsideIdentifiers, type Formatter } from "./format";
import { BODY_SIZE, OFFICIAL_STYLES, STYLE_IDS, sectionOf, TEXT_WIDTH, type Orientation } from "./style";
import { textWidth } from "./text-width";

export interface DocOptions {
  /** Print digits as Thai digits (๑๒๓). */
  thaiDigits?: boolean;
  /** word/styles.xml of the reference .docx; the built-in official styles when absent. */
  styles?: string;
  /** Letterhead lines from the reference .docx, printed on covers. */
  letterhead?: readonly string[];
  /** How projects fill the ceiling (a setting; core's DEFAULT_CEILING_FILL when absent). */
  ceilingFill?: CeilingFill;
}

export interface BuildContext {
  fmt: Formatter;
  letterhead: readonly string[];
  ceilingFill?: CeilingFill;
}

export function contextOf(opts: DocOptions): BuildContext {
  return { fmt: makeFormatter({ thaiDigits: opts.thaiDigits }), letterhead: opts.letterhead ?? [], ceilingFill: opts.ceilingFill };
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
    .filter((line) => line !== "")
    .flatMap((line) => letterheadLines(line));
}

/** Where a person breaks a long letterhead: before the committee, the office, the hall, the place; else at a space. */
const BREAK_BEFORE = /(?=คณะกรรมการ|สำนักงาน|ศูนย์ปฏิบัติการ|ศาลากลาง|กลุ่มจังหวัด(?!แบบ)|(?<!กลุ่ม)จังหวัด(?!แบบ))|(?<= )/g;

/** A letterhead line too long for the page, broken into lines at those places (the latest that fits). */
export function letterheadLines(line: string, width: number = TEXT_WIDTH.portrait): string[] {
  const fits = (t: string) => textWidth(t.trim(), BODY_SIZE, true) <= width;
  const out: string[] = [];
  let rest = line;
  while (!fits(rest)) {
    const at = [...rest.matchAll(BREAK_BEFORE)].map((m) => m.index).filter((i) => i > 0 && fits(rest.slice(0, i)));
    if (!at.length) break;
    // "…แบบบูรณาการจังหวัดแบบ…" is the committee's name, not a place: only a place's จังหวัด is a break.
    const cut = at[at.length - 1];
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  out.push(rest);
  return out;
}

export interface SectionSpec {
  orientation: Orientation;
  parts: Block[];
  /** Starts with the cover: its first page carries no page number. */
  cover?: boolean;
}

export interface DocSpec {
  title: string;
  sections: SectionSpec[];
  /** Has a table of contents: Word is asked to update fields on opening. */
  toc: boolean;
  options: DocOptions;
  properties?: DocProperties;
}

/** A section; the last lines before each page break keep together, so no page is near-empty (see keepTail). */
export function section(parts: Block[], orientation: Orientation = "portrait"): SectionSpec {
  return { orientation, parts: keepTails(parts) };
}

/** A section that starts with the cover page (unnumbered); pages after it in the section are numbered. */
export function coverSection(parts: Block[]): SectionSpec {
  return { ...section(parts), cover: true };
}

/** Who a document is from and about, for its properties (File › Properties): not the program that wrote it. */
export interface DocProperties {
  /** The committee the document goes to. */
  committee: string;
  /** The province or cluster (or, for a national packet, the committees' scope). */
  place: string;
}

export function docSpec(title: string, sections: SectionSpec[], options: DocOptions, toc = false, properties?: DocProperties): DocSpec {
  const digits = options.thaiDigits ?? false;
  return { title, sections: sections.map((s) => ({ ...s, parts: thaiDigitBlocks(s.parts, digits) })), toc, options, properties };
}

/**
 * Under --thai-digits, every number the blocks write in Thai digits: the
 * workbook's own text ("ปี 2551"), headings and the contents too, not only
 * what the formatter wrote; identifiers (a word with a Latin letter: a
 * project code, a cell address) stay as typed.
 */
export function thaiDigitBlocks(blocks: Block[], on: boolean): Block[] {
  if (!on) return blocks;
  const t = thaiDigitsOutsideIdentifiers;
  return blocks.map((b): Block => {
    if (isTableSpec(b))
      return { ...b, headers: b.headers.map(t), rows: b.rows.map((r) => r.map(t)), totals: b.totals?.map((r) => r.map(t)) };
    if (isParaSpec(b)) return { ...b, runs: b.runs.map((r) => ({ ...r, text: t(r.text) })) };
    return { ...b, entries: b.entries.map((e) => ({ ...e, title: t(e.title) })) };
  });
}

/** The docx Document; `bodyOf` may stand in for a section's parts (a writer passes placeholders). */
export function toDocument(spec: DocSpec, bodyOf: (s: SectionSpec, i: number) => DocxBlock[] = (s) => s.parts.map(toDocx)): Document {
  const opts = spec.options;
  const props = spec.properties;
  return new Document({
    creator: props ? `ฝ่ายเลขานุการ${props.committee}` : "ฝ่ายเลขานุการ",
    lastModifiedBy: props ? `ฝ่ายเลขานุการ${props.committee}` : "ฝ่ายเลขานุการ",
    title: spec.title,
    subject: props?.committee,
    keywords: props?.place,
    ...(opts.styles ? { externalStyles: opts.styles } : { styles: OFFICIAL_STYLES }),
    ...(spec.toc ? { features: { updateFields: true } } : {}),
    sections: spec.sections.map((s, i) =>
      sectionOf(bodyOf(s, i), s.orientation, { thaiDigits: opts.thaiDigits ?? false, cover: s.cover ?? false }),
    ),
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
