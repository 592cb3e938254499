/**
 * Every input that cannot be read is refused with exit 2 and one Thai +
 * English line naming the file, before exceljs parses it; the file is never
 * written. The hostile files are built here, in a temporary folder.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../../core/errors";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { gateWorkbookFile } from "../../generator/reader";
import { declaresDtd, LIMITS, listEntries, readEntry } from "../../generator/gate";
import { phaen } from "../helpers/phaen";
import { sha256, tempDir, writeSampleWorkbook } from "./reader-workbooks";

const dir = tempDir("phaen-bad-");
const at = (name: string) => join(dir, name);
let valid: string;

/** Writes a zip from parts whose compressed bytes and declared sizes we choose (a zip bomb can lie). */
function writeZip(file: string, parts: { name: string; data: Buffer; method: number; size: number; crc?: number }[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    const crc = p.crc ?? 0;
    local.writeUInt32LE(crc, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, cd, end]));
}

/** The parts of the valid workbook, deflated again, with one part swapped for another. */
function validPartsWith(name: string, data: Buffer, declared: number) {
  const buf = readFileSync(valid);
  return listEntries(buf, 1000).map((e) =>
    e.name === name
      ? { name, data, method: 8, size: declared }
      : { name: e.name, data: deflateRawSync(readEntry(buf, e)), method: 8, size: e.uncompressedSize, crc: e.crc },
  );
}

/** ~300 MiB of spaces deflated as a stream (never held in memory uncompressed). */
async function deflatedSpaces(mib: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((ok) => z.on("end", ok));
  const block = Buffer.alloc(1 << 20, 0x20);
  for (let i = 0; i < mib; i++) if (!z.write(block)) await new Promise((ok) => z.once("drain", ok));
  z.end();
  await done;
  return Buffer.concat(chunks);
}

async function rezip(edit: (zip: JSZip) => void | Promise<void>, file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(valid));
  await edit(zip);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const SHEET = "xl/worksheets/sheet1.xml";
const BOMB_MIB = 300;

beforeAll(async () => {
  valid = await writeSampleWorkbook(at("valid.xlsx"));
  writeFileSync(at("random.xlsx"), Buffer.concat([Buffer.from([0]), randomBytes(3000)]));
  writeFileSync(at("csv-renamed.xlsx"), "province,budget\nตราด,1000000\n");
  writeFileSync(at("empty.xlsx"), "");
  writeFileSync(at("truncated.xlsx"), readFileSync(valid).subarray(0, 2000));
  writeFileSync(at("fake-zip.xlsx"), "PK\x03\x04garbage");
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(at("xls-renamed.xlsx"), Buffer.concat([ole2, Buffer.alloc(504), Buffer.from("Workbook", "utf16le"), Buffer.alloc(2000)]));
  writeFileSync(
    at("password.xlsx"),
    Buffer.concat([
      ole2,
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.alloc(64),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]),
  );
  const spaces = await deflatedSpaces(BOMB_MIB);
  writeZip(at("zip-bomb.xlsx"), validPartsWith(SHEET, spaces, BOMB_MIB << 20));
  writeZip(at("zip-bomb-lying.xlsx"), validPartsWith(SHEET, spaces, 4096));
  const buf = readFileSync(valid);
  const sheet = listEntries(buf, 1000).find((e) => e.name === SHEET)!;
  writeZip(at("zip-bomb-ratio.xlsx"), validPartsWith(SHEET, deflateRawSync(Buffer.alloc(4 << 20, 0x20)), 4 << 20));
  await rezip(async (zip) => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const body = (await zip.file("xl/sharedStrings.xml")!.async("string")).replace(/^<\?xml[^>]*\?>/, "").replace("<t>", "<t>&lol2;");
    zip.file("xl/sharedStrings.xml", lol + body);
  }, at("entity-expansion.xlsx"));
  await rezip((zip) => void zip.remove("xl/workbook.xml"), at("no-workbook.xlsx"));
  // A Word document renamed .xlsx (or picked by mistake).
  const word = new JSZip();
  word.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  word.file(
    "word/document.xml",
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  );
  writeFileSync(at("report-docx.xlsx"), await word.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  await rezip(async (zip) => {
    const xml = await zip.file(SHEET)!.async("string");
    zip.file(SHEET, xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:C${LIMITS.maxRows + 1}"/>`));
  }, at("too-many-rows.xlsx"));
  await rezip(async (zip) => {
    const xml = await zip.file(SHEET)!.async("string");
    zip.file(SHEET, xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZZ3"/>'));
  }, at("too-many-columns.xlsx"));
  // Corrupt: flip bytes inside the first sheet's compressed data.
  const corrupt = Buffer.from(buf);
  const start = sheet.localOffset + 30 + corrupt.readUInt16LE(sheet.localOffset + 26) + corrupt.readUInt16LE(sheet.localOffset + 28);
  for (let i = start; i < start + Math.min(64, sheet.compressedSize); i++) corrupt[i] ^= 0xa5;
  writeFileSync(at("corrupt.xlsx"), corrupt);
  await writeSampleWorkbook(at("newer-version.xlsx"), {}, { version: "99.0" });
}, 60_000);

async function refusal(name: string): Promise<UserError> {
  const e = await gateWorkbookFile(at(name)).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, `${name} should be refused`).toBeInstanceOf(UserError);
  return e as UserError;
}

const n = (x: number) => x.toLocaleString("en-US");

const CASES: [string, RegExp, RegExp][] = [
  ["missing.xlsx", /ไม่พบไฟล์/, /file not found/],
  ["empty.xlsx", /ว่างเปล่า/, /empty/],
  ["random.xlsx", /ไม่ใช่สมุดงาน Excel/, /not an Excel workbook/],
  ["csv-renamed.xlsx", /CSV/, /text or CSV/],
  ["fake-zip.xlsx", /เสียหายหรือไม่ครบ/, /corrupt or truncated/],
  ["truncated.xlsx", /เสียหายหรือไม่ครบ/, /corrupt or truncated/],
  ["corrupt.xlsx", /เสียหายหรือไม่ครบ/, /corrupt or truncated/],
  ["xls-renamed.xlsx", /\.xls/, /legacy \.xls/],
  ["password.xlsx", /รหัสผ่าน/, /password-protected/],
  ["zip-bomb.xlsx", /zip bomb/, /over the 200 MB limit/],
  ["zip-bomb-lying.xlsx", /มากกว่าขนาดที่ระบุ/, /more than it declares/],
  ["zip-bomb-ratio.xlsx", /เท่า/, /expands .*×/],
  ["entity-expansion.xlsx", /DOCTYPE\/ENTITY/, /entity expansion/],
  ["no-workbook.xlsx", /ไม่ใช่สมุดงาน Excel \(\.xlsx\)/, /not an Excel workbook/],
  ["report-docx.xlsx", /เป็นเอกสาร Word ไม่ใช่สมุดงาน Excel/, /a Word document, not an Excel workbook/],
  [
    "too-many-rows.xlsx",
    new RegExp(`แถวที่ ${n(LIMITS.maxRows + 1)}`),
    new RegExp(`row ${n(LIMITS.maxRows + 1)}, over the ${n(LIMITS.maxRows)}-row limit`),
  ],
  ["too-many-columns.xlsx", /18,278 คอลัมน์/, /over the 16,384-column limit/],
];

describe("the safety gate refuses what cannot be read", () => {
  it.each(CASES)("%s", async (name, th, en) => {
    const e = await refusal(name);
    expect(e.th).toMatch(th);
    expect(e.en).toMatch(en);
    expect(e.exitCode).toBe(2);
    expect(e.file).toBe(at(name));
  });

  it("lets a valid workbook through and documents its limits", async () => {
    const gated = await gateWorkbookFile(valid);
    expect(gated.sheets.map((s) => s.name)).toContain("โครงการ");
    expect(LIMITS.maxTotalUncompressedBytes).toBe(200 * 1024 * 1024);
  });

  it("refuses a workbook from a newer template version than this release knows", async () => {
    const e = await checkWorkbookFile(at("newer-version.xlsx")).catch((err: unknown) => err as UserError);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).en).toMatch(/template version 99\.0, newer than this release knows/);
  });
});

describe("phaen check on bad inputs", () => {
  const names = [...CASES.map((c) => c[0]), "newer-version.xlsx"];

  it("exits 2 with one line per file, no stack trace, and leaves every input untouched", async () => {
    const files = names.map(at);
    const before = files.map((f) => (f.endsWith("missing.xlsx") ? "" : sha256(f)));
    const r = await phaen(["check", ...files, valid]);
    const after = files.map((f) => (f.endsWith("missing.xlsx") ? "" : sha256(f)));
    expect(r.code).toBe(2);
    const errLines = r.err.split("\n").filter((l) => l.trim());
    expect(errLines).toHaveLength(names.length);
    for (const f of files) expect(errLines.some((l) => l.startsWith(`phaen: ${f}: `) && l.includes(" / "))).toBe(true);
    expect(`${r.out}${r.err}`).not.toMatch(/^\s+at /m);
    expect(after).toEqual(before);
    // The batch went on: the valid workbook was still checked and summarised.
    expect(r.out).toContain(valid);
  }, 60_000);

  it("prints exactly one line for a single unreadable file", async () => {
    const r = await phaen(["check", at("zip-bomb.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  }, 30_000);
});

describe("declaresDtd", () => {
  it.each([
    ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', true],
    ['<?xml version="1.0"?><!-- <a> --><!DOCTYPE x><x/>', true],
    ['\uFEFF<?xml version="1.0"?>\n<!-- note --><worksheet><c>&lt;!DOCTYPE</c></worksheet>', false],
    ['<?xml version="1.0" standalone="yes"?><sst count="1"><si><t>ตราด</t></si></sst>', false],
  ])("%s → %s", (xml, expected) => {
    expect(declaresDtd(xml)).toBe(expected);
  });
});
