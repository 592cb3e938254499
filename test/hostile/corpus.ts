/**
 * A corpus of hostile and unusual workbooks, one or more per family of
 * issue 11, built from a real sample in memory. `npm run test:hostile`
 * writes it out and runs every command over it; the reader tests
 * (test/generator/reader-families.test.ts) read it in-process.
 */
import { readFileSync } from "node:fs";
import { zipSync, type Zippable } from "fflate";
import { gateWorkbook, LIMITS, listEntries, readEntry } from "../../generator/gate";

export const BASE = "templates/samples/khon-kaen-2552.xlsx";

export interface HostileFile {
  name: string;
  family: "one-reading" | "limits" | "nothing-dropped" | "encoding" | "messages" | "control-characters";
  bytes: Uint8Array;
  /** null: it must be read (exit 0 or 1); otherwise the refusal's English must match. */
  refused: RegExp | null;
}

type Parts = Record<string, Uint8Array>;
const enc = new TextEncoder();
const dec = new TextDecoder();

export function partsOf(bytes: Uint8Array): Parts {
  const parts: Parts = {};
  for (const e of listEntries(bytes, 10_000)) parts[e.name] = readEntry(bytes, e);
  return parts;
}

const zip = (parts: Parts, level: 0 | 6 = 6): Uint8Array => {
  const z: Zippable = {};
  for (const [n, d] of Object.entries(parts)) z[n] = [d, { level }];
  return zipSync(z);
};

function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  const text = dec.decode(parts[name]);
  const changed = change(text);
  if (changed === text) throw new Error(`corpus: the edit of ${name} changed nothing`);
  return { ...parts, [name]: enc.encode(changed) };
}

const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);

/** Offsets of a part's local and central headers in a zip fflate wrote (no comments, no extra fields). */
function headers(bytes: Uint8Array, name: string): { local: number; central: number } {
  const e = listEntries(bytes, 10_000).find((x) => x.name === name)!;
  const want = enc.encode(name);
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (
      u32(bytes, i) === 0x02014b50 &&
      bytes.subarray(i + 46, i + 46 + want.length).every((b, k) => b === want[k]) &&
      u32(bytes, i + 42) === e.localOffset
    )
      return { local: e.localOffset, central: i };
  }
  throw new Error(`corpus: no central header for ${name}`);
}

function rename(bytes: Uint8Array, from: string, to: string, where: ("local" | "central")[]): Uint8Array {
  const out = bytes.slice();
  const h = headers(out, from);
  for (const w of where) out.set(enc.encode(to), w === "local" ? h.local + 30 : h.central + 46);
  return out;
}

function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const h = headers(out, name);
  setU32(out, h.local + 22, size);
  setU32(out, h.central + 24, size);
  return out;
}

/** A row numbered `r` with one inline cell, as XML allows it to be written. */
const row = (r: number, sep = " ") => `<row${sep}r="${r}"><c r="A${r}" t="inlineStr"><is><t>x</t></is></c></row>`;

export function buildCorpus(base = readFileSync(BASE)): HostileFile[] {
  const parts = partsOf(base);
  const projects = gateWorkbook(BASE, base).sheets.find((s) => s.name === "โครงการ")!.part;
  const sheetNo = /sheet(\d+)\.xml$/.exec(projects)![1];
  const rels = "xl/_rels/workbook.xml.rels";
  const max = LIMITS.maxRows;
  const files: HostileFile[] = [];
  const add = (name: string, family: HostileFile["family"], bytes: Uint8Array, refused: RegExp | null) =>
    files.push({ name, family, bytes, refused });
  const sheet = (change: (xml: string) => string) => edit(parts, projects, change);

  // One reading, the one that was checked.
  add(
    "row-tab.xlsx",
    "one-reading",
    zip(sheet((x) => x.replace("</sheetData>", `${row(100_000_000, "\t")}</sheetData>`))),
    /row 100,000,000, over/,
  );
  add(
    "row-newline.xlsx",
    "one-reading",
    zip(sheet((x) => x.replace("</sheetData>", `${row(max + 1, "\n")}</sheetData>`))),
    /over the .*-row limit/,
  );
  add("row-first.xlsx", "one-reading", zip(sheet((x) => x.replace("<sheetData>", `<sheetData>${row(5_000_000)}`))), /row 5,000,000, over/);
  add(
    "rows-over-limit.xlsx",
    "limits",
    zip(sheet((x) => x.replace("</sheetData>", `${'<row r="7"/>'.repeat(max + 1)}</sheetData>`))),
    /more than .* rows/,
  );
  add(
    "dimension-huge.xlsx",
    "limits",
    zip(sheet((x) => x.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:C${max + 1}"/>`))),
    /over the .*-row limit/,
  );
  add(
    "columns-over.xlsx",
    "limits",
    zip(sheet((x) => x.replace("</sheetData>", `<row r="9000"><c r="XFE9000"><v>1</v></c></row></sheetData>`))),
    /columns, over/,
  );
  const slash = edit(parts, rels, (x) =>
    x.replace(`Target="worksheets/sheet${sheetNo}.xml"`, `Target="/xl/worksheets/sheet${sheetNo}.xml"`),
  );
  add("target-leading-slash.xlsx", "one-reading", zip(slash), null);
  add(
    "target-leading-slash-huge.xlsx",
    "one-reading",
    zip(edit(slash, projects, (x) => x.replace("<sheetData>", `<sheetData>${row(5_000_000)}`))),
    /row 5,000,000, over/,
  );
  // A second, unreferenced sheet part, huge: exceljs would parse it; the gate leaves it out, so the workbook reads as the checked one.
  add(
    "decoy-sheet.xlsx",
    "one-reading",
    zip({ ...parts, "xl/worksheets/sheet99.xml": enc.encode(`<worksheet><sheetData>${row(9_000_000)}</sheetData></worksheet>`) }),
    null,
  );
  const plain = zip(parts);
  const eocd = plain.length - 22;
  add(
    "bytes-before-end-record.xlsx",
    "one-reading",
    new Uint8Array([...plain.subarray(0, eocd), 0, 0, 0, 0, ...plain.subarray(eocd)]),
    /corrupt or truncated/,
  );
  add("local-name-differs.xlsx", "one-reading", rename(plain, "xl/styles.xml", "xl/styleZ.xml", ["local"]), /corrupt or truncated/);
  add(
    "duplicate-entry.xlsx",
    "one-reading",
    rename(zip({ ...parts, "xl/styleZ.xml": parts["xl/styles.xml"] }), "xl/styleZ.xml", "xl/styles.xml", ["local", "central"]),
    /two parts named xl\/styles\.xml/,
  );
  add(
    "duplicate-leading-slash.xlsx",
    "one-reading",
    zip({ ...parts, "/xl/styles.xml": enc.encode("<styleSheet/>") }),
    /two parts named xl\/styles\.xml/,
  );
  const stored = zip(parts, 0);
  const ss = headers(stored, "xl/sharedStrings.xml");
  const flipped = stored.slice();
  flipped[ss.local + 30 + "xl/sharedStrings.xml".length + 200] ^= 0x01;
  add("crc-mismatch.xlsx", "one-reading", flipped, /CRC-32/);
  add("sheet-size-lie.xlsx", "one-reading", declareSize(plain, projects, Math.floor(parts[projects].length / 2)), /more than it declares/);
  const media = zip({ ...parts, "xl/media/image9.png": new Uint8Array(20 << 20) });
  add("lying-media.xlsx", "one-reading", declareSize(media, "xl/media/image9.png", 1000), /more than it declares/);

  // Nothing dropped silently: an unknown element inside a cell makes exceljs lose the cells after it.
  add(
    "unknown-element-in-cell.xlsx",
    "nothing-dropped",
    zip(sheet((x) => x.replace(/(<row r="6"[^>]*>.*?<c [^>]*>)/, "$1<x:foo xmlns:x='urn:x'/>"))),
    /cells with a value cannot be read/,
  );

  // Encodings: declared legacy Thai is decoded as declared; bytes that are not what is declared are refused.
  const sst = dec.decode(parts["xl/sharedStrings.xml"]);
  add(
    "shared-strings-windows-874.xlsx",
    "encoding",
    zip({ ...parts, "xl/sharedStrings.xml": toWindows874(sst.replace(/encoding="UTF-8"/i, 'encoding="windows-874"')) }),
    null,
  );
  add(
    "shared-strings-tis-620.xlsx",
    "encoding",
    zip({ ...parts, "xl/sharedStrings.xml": toWindows874(sst.replace(/encoding="UTF-8"/i, 'encoding="TIS-620"')) }),
    null,
  );
  add(
    "shared-strings-bad-utf8.xlsx",
    "encoding",
    zip({
      ...parts,
      "xl/sharedStrings.xml": new Uint8Array([
        ...parts["xl/sharedStrings.xml"].subarray(0, 300),
        0xff,
        0xfe,
        0xa1,
        ...parts["xl/sharedStrings.xml"].subarray(300),
      ]),
    }),
    /not valid utf-8/,
  );
  add(
    "shared-strings-unknown-encoding.xlsx",
    "encoding",
    zip(edit(parts, "xl/sharedStrings.xml", (x) => x.replace(/encoding="UTF-8"/i, 'encoding="x-unheard-of"'))),
    /encoding x-unheard-of/,
  );

  // Messages: what used to surface exceljs's internals.
  add("sheet-empty-part.xlsx", "messages", zip({ ...parts, [projects]: new Uint8Array() }), /not well-formed XML|not a readable worksheet/);
  add(
    "sheet-prefixed-root.xlsx",
    "messages",
    zip(
      sheet((x) =>
        x
          .replace("<worksheet ", "<x:worksheet xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main' ")
          .replace("</worksheet>", "</x:worksheet>"),
      ),
    ),
    /not a readable worksheet/,
  );
  add(
    "workbook-wrong-root.xlsx",
    "messages",
    zip(edit(parts, "xl/workbook.xml", (x) => x.replace(/<workbook\b/, "<notebook").replace("</workbook>", "</notebook>"))),
    /not a workbook/,
  );
  add(
    "sheet-malformed.xlsx",
    "messages",
    zip(sheet((x) => x.replace("</sheetData>", "<row r='9000'><c></row></sheetData>"))),
    /not well-formed XML/,
  );
  add("truncated.xlsx", "messages", base.subarray(0, Math.floor(base.length / 2)), /corrupt or truncated/);

  // Characters XML 1.0 forbids, as exceljs decodes them from _xHHHH_ escapes.
  add(
    "control-characters.xlsx",
    "control-characters",
    zip(edit(parts, "xl/sharedStrings.xml", (x) => x.replace(/(โครงการ[^<]{8,})<\/t>/g, "$1_x0001__xFFFE__xFFFF_</t>"))),
    null,
  );
  return files;
}

const WINDOWS_874_EXTRA: Record<number, number> = {
  0x20ac: 0x80,
  0x2026: 0x85,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0xa0: 0xa0,
};

/** Text to windows-874 bytes (U+0E01–U+0E5B are 0xA1–0xFB; ASCII as is); anything else as a character reference. */
function toWindows874(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x0e01 && c <= 0x0e5b) out.push(c - 0x0e01 + 0xa1);
    else if (WINDOWS_874_EXTRA[c]) out.push(WINDOWS_874_EXTRA[c]);
    else out.push(...enc.encode(`&#x${c.toString(16)};`));
  }
  return Uint8Array.from(out);
}

/** The parts' text a reading must give, to compare a re-encoded workbook with the original. */
export const sharedStringsText = (bytes: Uint8Array) => dec.decode(partsOf(bytes)["xl/sharedStrings.xml"]);
