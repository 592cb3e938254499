/**
 * Official Thai typography (ระเบียบงานสารบรรณ): TH SarabunPSK 16 pt in every
 * font slot, Thai language, A4 with left 3 cm and right 2 cm margins. The
 * same definitions write templates/reference.docx, so a document built in
 * the browser without that file still looks official.
 */
import {
  AlignmentType,
  LineRuleType,
  Footer,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IStylesOptions,
  type ISectionOptions,
} from "docx";

export const FONT = "TH SarabunPSK";
/**
 * The font table's entry for TH SarabunPSK: Word substitutes a machine
 * without it by these (an alternative name, Thai character set, the
 * sans-serif family and its PANOSE class), so it picks a Thai font, not a
 * Latin one that shows boxes.
 */
export const FONT_TABLE_ENTRY =
  `<w:font w:name="${"TH SarabunPSK"}"><w:altName w:val="TH Sarabun New"/><w:panose1 w:val="020B0500040200020003"/>` +
  '<w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>';

/** Half-points: 16 pt body, 14 pt in tables. */
export const BODY_SIZE = 32;
export const TABLE_SIZE = 28;
export const LANGUAGE = "th-TH";

/** Twips: A4 is 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: 1418, bottom: 1134, left: 1701, right: 1134, header: 709, footer: 567 } as const;
/** Usable text width of a portrait and a landscape page. */
export const TEXT_WIDTH = { portrait: A4.width - MARGIN.left - MARGIN.right, landscape: A4.height - MARGIN.left - MARGIN.right } as const;

/**
 * At least 18 pt lines (16 pt in tables): TH SarabunPSK's own single spacing
 * is taller, so Word is unchanged, while metric clones with a tight line
 * (Laksaman, which LibreOffice substitutes) no longer overlap Thai vowels.
 */
const BODY_LINE = { line: 360, lineRule: LineRuleType.AT_LEAST };
const TABLE_LINE = { line: 320, lineRule: LineRuleType.AT_LEAST };

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const language = { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE };

function runStyle(size: number, extra: { bold?: boolean } = {}) {
  return { font, size, sizeComplexScript: size, language, ...(extra.bold ? { bold: true, boldComplexScript: true } : {}) };
}

/** Style ids the builders use; the reference .docx must define each. */
export const STYLE_IDS = {
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  table: "TableText",
  letterhead: "Letterhead",
  tocHeading: "TOCHeading",
} as const;

export const OFFICIAL_STYLES: IStylesOptions = {
  default: {
    document: { run: runStyle(BODY_SIZE), paragraph: { spacing: { after: 0, ...BODY_LINE } } },
    title: {
      run: { ...runStyle(40, { bold: true }), color: "000000" },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
    },
    heading1: {
      run: { ...runStyle(36, { bold: true }), color: "000000" },
      paragraph: { outlineLevel: 0, spacing: { before: 240, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { ...runStyle(BODY_SIZE, { bold: true }), color: "000000" },
      paragraph: { outlineLevel: 1, spacing: { before: 180, after: 60 }, keepNext: true },
    },
    heading3: {
      run: { ...runStyle(BODY_SIZE, { bold: true }), color: "000000", italics: false },
      paragraph: { outlineLevel: 2, spacing: { before: 120 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.table,
      name: "Table Text",
      basedOn: "Normal",
      quickFormat: true,
      run: runStyle(TABLE_SIZE),
      paragraph: { spacing: { after: 0, ...TABLE_LINE } },
    },
    {
      id: STYLE_IDS.letterhead,
      name: "Letterhead",
      basedOn: "Normal",
      quickFormat: true,
      run: runStyle(BODY_SIZE, { bold: true }),
      paragraph: { alignment: AlignmentType.CENTER },
    },
    {
      id: STYLE_IDS.tocHeading,
      name: "TOC Heading",
      basedOn: "Normal",
      run: runStyle(36, { bold: true }),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
    },
  ],
};

/** What a Word style reference must give the builders: the styles they use and the letterhead's. */
export const REFERENCE_STYLES = {
  letterhead: STYLE_IDS.letterhead,
  required: [STYLE_IDS.title, STYLE_IDS.heading1, STYLE_IDS.heading2, STYLE_IDS.heading3, STYLE_IDS.table],
} as const;

function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })] })],
  });
}

export type Orientation = "portrait" | "landscape";

/** Section properties: A4 in either orientation, official margins, page number in the footer (Thai digits on request). */
export function sectionOf(
  children: ISectionOptions["children"],
  orientation: Orientation = "portrait",
  opts: { thaiDigits: boolean; cover?: boolean } = { thaiDigits: false },
): ISectionOptions {
  return {
    properties: {
      // A cover's page has no number: its own (empty) first-page footer.
      ...(opts.cover ? { titlePage: true } : {}),
      page: {
        size:
          orientation === "portrait" ? { ...A4, orientation: PageOrientation.PORTRAIT } : { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: MARGIN,
        // Page numbers in Thai digits too, when the text has them.
        ...(opts.thaiDigits ? { pageNumbers: { formatType: NumberFormat.THAI_NUMBERS } } : {}),
      },
    },
    footers: opts.cover
      ? { default: pageNumberFooter(), first: new Footer({ children: [new Paragraph({})] }) }
      : { default: pageNumberFooter() },
    children,
  };
}
