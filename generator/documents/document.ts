/** Wraps sections in a Word document with the official styles (or a reference .docx's styles). */
import { Document, Paragraph, TableOfContents, TextRun, type ISectionOptions } from "docx";
import { makeFormatter, type Formatter } from "./format";
import { OFFICIAL_STYLES, STYLE_IDS } from "./style";

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

export function officialDocument(title: string, sections: ISectionOptions[], opts: DocOptions, hasToc = false): Document {
  return new Document({
    creator: "Phaen (แผน)",
    title,
    ...(opts.styles ? { externalStyles: opts.styles } : { styles: OFFICIAL_STYLES }),
    ...(hasToc ? { features: { updateFields: true } } : {}),
    sections,
  });
}

/** A new page titled สารบัญ holding a table-of-contents field over Heading 1–3 (Word fills it when the document opens). */
export function contents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE_IDS.tocHeading, pageBreakBefore: true, children: [new TextRun("สารบัญ")] }),
    new TableOfContents("สารบัญ", { hyperlink: true, headingStyleRange: "1-3" }),
  ];
}
