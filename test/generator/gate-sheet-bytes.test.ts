/**
 * The gate's byte scan of a worksheet (sheet-bytes.ts) counts exactly what
 * the SAX pass counts, or leaves the part to it: a row hidden where a
 * parser would not see it, or one a text search would miss, never changes
 * what the gate refuses.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countSheet, countSheetBytes, LIMITS, listEntries, readEntry } from "../../generator/gate";

const enc = new TextEncoder();
const dec = new TextDecoder();
const SAMPLES = "templates/samples";
const sheets = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .flatMap((f) => {
    const bytes = readFileSync(`${SAMPLES}/${f}`);
    return listEntries(bytes, 10_000)
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
      .map((e) => readEntry(bytes, e));
  });

/** The count, or the refusal, as one comparable string. */
function outcome(count: () => unknown): string {
  try {
    return JSON.stringify(count());
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
}

const small = { ...LIMITS, maxRows: 200, maxCells: 600, maxColumns: 30 };

describe("the gate's byte scan of a worksheet", () => {
  it("reads every sample sheet itself and counts it as the SAX pass does", () => {
    expect(sheets.length).toBeGreaterThan(20);
    for (const s of sheets) {
      const scanned = countSheetBytes(s, LIMITS);
      expect(scanned).toBeDefined();
      expect(scanned).toEqual(countSheet(dec.decode(s), LIMITS));
    }
  });

  it("leaves to the SAX pass what it does not read: rows in comments and CDATA, character references, mismatched tags", () => {
    const sheet = (rows: string) =>
      enc.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    for (const hidden of [
      '<!-- <row r="99999"/> -->',
      '<row r="1"><c r="A1"><v><![CDATA[<row r="99999"/>]]></v></c></row>',
      '<row r="&#57;9999"/>',
      '<row r="1"><c r="A1"><v>&#49;</v></c></row>',
      '<row r="1"><c></row>',
      '<row r="1" r="99999"/>',
      '<?pi <row r="99999"/>?>',
    ])
      expect(countSheetBytes(sheet(hidden), LIMITS), hidden).toBeUndefined();
    // What it reads, it reads as a parser does: white space of any kind in a tag, prefixes, quotes of either kind.
    expect(() => countSheetBytes(sheet('<row\tr="100000000"/>'), LIMITS)).toThrow(/row-number 100000000/);
    expect(() => countSheetBytes(sheet("<x:row r='60000'/>"), LIMITS)).toThrow(/row-number 60000/);
    expect(countSheetBytes(sheet('<row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2"/></row>'), LIMITS)).toMatchObject({
      maxRow: 2,
      maxColumn: 3,
      cells: 2,
      valued: 1,
    });
  });

  it("agrees with the SAX pass on sample sheets edited at random, wherever it reads them", () => {
    const texts = sheets.map((s) => dec.decode(s)).filter((t) => t.length < 20_000);
    const pieces = [
      '<row r="9">',
      "</row>",
      '<row\nr="250"/>',
      '<c r="B9"><v>1</v></c>',
      '<c r="$AF$3"/>',
      "<c><f/></c>",
      "<v> </v>",
      '<!-- <row r="900"/> -->',
      "&amp;",
      "&#53;",
      '<x:c r="A1"/>',
      ' r="5"',
      '<dimension ref="A1:C900"/>',
      "<",
      ">",
      '"',
      "'",
    ];
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 4 }), (k, edits) => {
        let text = texts[k];
        for (const [at, piece] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + piece + text.slice(p);
        }
        for (const limits of [small, LIMITS]) {
          const scanned = outcome(() => countSheetBytes(enc.encode(text), limits) ?? "left to the parser");
          if (scanned !== JSON.stringify("left to the parser")) expect(scanned).toBe(outcome(() => countSheet(text, limits)));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
