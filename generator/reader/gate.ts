/**
 * The safety gate: every check a file must pass before exceljs parses it.
 * Each refusal is a UserError (exit 2) with one Thai + English line; the
 * file is only ever read, never written.
 */
import { readFile, stat } from "node:fs/promises";
import { UserError } from "../../core/errors";
import { LIMITS, type Limits } from "./limits";
import { inflateEntry, listEntries, ZipSizeLieError, type ZipEntry } from "./zip";

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round(n / MB).toLocaleString("en-US")} MB`;
const num = (n: number) => n.toLocaleString("en-US");

function refuse(file: string, th: string, en: string): never {
  throw new UserError(th, en, file);
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from("PK");
/** An encrypted .xlsx is an OLE2 container holding these streams (names are UTF-16LE). */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map((s) => Buffer.from(s, "utf16le"));

function looksLikeText(buf: Buffer): boolean {
  const sample = buf.subarray(0, 4096);
  if (sample.includes(0)) return false;
  const text = sample.toString("utf8");
  return !text.includes("\uFFFD") || /^[\x09\x0a\x0d\x20-\x7e]*$/.test(sample.toString("latin1"));
}

function refuseNonZip(file: string, buf: Buffer): never {
  if (buf.subarray(0, 8).equals(OLE2_MAGIC)) {
    if (ENCRYPTION_STREAMS.some((s) => buf.includes(s))) {
      refuse(file, "สมุดงานนี้ตั้งรหัสผ่านไว้ กรุณาเอารหัสผ่านออกแล้วบันทึกใหม่", "password-protected workbook: remove the password and save it again");
    }
    refuse(file, "เป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx", "legacy .xls workbook: save it as .xlsx (Excel Workbook)");
  }
  if (looksLikeText(buf)) refuse(file, "เป็นไฟล์ข้อความหรือ CSV ไม่ใช่สมุดงาน Excel (.xlsx)", "a text or CSV file, not an Excel workbook (.xlsx)");
  refuse(file, "ไม่ใช่สมุดงาน Excel (.xlsx)", "not an Excel workbook (.xlsx)");
}

function checkDeclaredSizes(file: string, entries: ZipEntry[], limits: Limits): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxTotalUncompressedBytes) {
    refuse(
      file,
      `ขนาดเมื่อคลายบีบอัด ${mb(total)} เกินกำหนด ${mb(limits.maxTotalUncompressedBytes)} อาจเป็น zip bomb จึงไม่อ่าน`,
      `unpacks to ${mb(total)}, over the ${mb(limits.maxTotalUncompressedBytes)} limit: refused as a possible zip bomb`,
    );
  }
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioCheckAboveBytes && ratio > limits.maxEntryRatio) {
      refuse(
        file,
        `ส่วน ${e.name} ขยายได้ ${num(Math.round(ratio))} เท่า (เกิน ${num(limits.maxEntryRatio)} เท่า) อาจเป็น zip bomb จึงไม่อ่าน`,
        `part ${e.name} expands ${num(Math.round(ratio))}× (over ${num(limits.maxEntryRatio)}×): refused as a possible zip bomb`,
      );
    }
  }
}

/** Sheet part path → tab name, from xl/workbook.xml and its relationships. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const part = rid ? targets.get(rid) : undefined;
    if (name && part) names.set(part.replace(/\/\.\//g, "/"), decodeXml(name));
  }
  return names;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}

/** Rows and columns a sheet part spans, from <dimension ref> and its last <row r>. */
export function sheetExtent(xml: Buffer): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const dim = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(xml.toString("utf8", 0, 4096));
  if (dim) {
    const last = dim[1].split(":").pop()!;
    const m = /^\$?([A-Z]{1,4})\$?(\d+)$/i.exec(last);
    if (m) {
      rows = Number(m[2]);
      for (const ch of m[1].toUpperCase()) cols = cols * 26 + (ch.charCodeAt(0) - 64);
    }
  }
  const lastRowAt = xml.lastIndexOf(ROW_TAG);
  if (lastRowAt >= 0) {
    const r = /^<row\b[^>]*?\br="(\d+)"/.exec(xml.toString("utf8", lastRowAt, lastRowAt + 512));
    if (r) rows = Math.max(rows, Number(r[1]));
  }
  return { rows, cols };
}

const ROW_TAG = Buffer.from("<row ");
const XML_PART = /\.(xml|rels|vml)$/i;
const DOCTYPE = Buffer.from("<!DOCTYPE");
const LT = 0x3c;
const QUESTION = 0x3f;
const BANG = 0x21;

/**
 * True when the part declares a DTD. XML allows one only in the prolog,
 * before the root element, and entities can be declared only inside it, so
 * reading up to the root element is enough (the parser rejects one later).
 */
export function declaresDtd(data: Buffer): boolean {
  let i = data.indexOf(LT);
  while (i >= 0 && i + 1 < data.length) {
    const next = data[i + 1];
    if (next === QUESTION) i = data.indexOf("?>", i + 2);
    else if (next === BANG) {
      if (data.subarray(i, i + DOCTYPE.length).equals(DOCTYPE)) return true;
      // A comment may hold "<" and ">": skip it whole.
      i = data.subarray(i, i + 4).toString("latin1") === "<!--" ? data.indexOf("-->", i + 4) : data.indexOf(">", i + 2);
    } else return false;
    if (i < 0) return false;
    i = data.indexOf(LT, i);
  }
  return false;
}

/**
 * Reads a workbook file and returns its bytes once every check has passed.
 * Throws a UserError naming the file otherwise.
 */
export async function gateWorkbookFile(file: string, limits: Limits = LIMITS): Promise<Buffer> {
  const info = await stat(file).catch(() => undefined);
  if (!info) refuse(file, "ไม่พบไฟล์", "file not found");
  if (info.isDirectory()) refuse(file, "เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file");
  if (info.size === 0) refuse(file, "ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)");
  if (info.size > limits.maxFileBytes)
    refuse(file, `ไฟล์ใหญ่เกิน ${mb(limits.maxFileBytes)}`, `the file is larger than ${mb(limits.maxFileBytes)}`);
  const buf = await readFile(file);
  return gateWorkbookBytes(file, buf, limits);
}

export function gateWorkbookBytes(file: string, buf: Buffer, limits: Limits = LIMITS): Buffer {
  if (buf.length === 0) refuse(file, "ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)");
  if (!buf.subarray(0, 2).equals(ZIP_MAGIC)) refuseNonZip(file, buf);
  let entries: ZipEntry[];
  try {
    entries = listEntries(buf, limits.maxEntries);
  } catch (e) {
    if (e instanceof ZipSizeLieError)
      refuse(file, `มีส่วนประกอบเกิน ${num(limits.maxEntries)} ส่วน`, `more than ${num(limits.maxEntries)} parts in the package`);
    refuse(file, "ไฟล์เสียหายหรือไม่ครบ (โครงสร้าง zip ไม่สมบูรณ์)", "the file is corrupt or truncated (broken zip structure)");
  }
  if (entries.some((e) => e.encrypted)) refuse(file, "ไฟล์ zip ถูกเข้ารหัสไว้", "the zip is encrypted");
  checkDeclaredSizes(file, entries, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has("xl/workbook.xml")) {
    // Say what it is when we can tell: a Word or PowerPoint file passed by mistake is the usual case.
    if (byName.has("word/document.xml")) refuse(file, "เป็นเอกสาร Word ไม่ใช่สมุดงาน Excel", "a Word document, not an Excel workbook");
    if (byName.has("ppt/presentation.xml"))
      refuse(file, "เป็นงานนำเสนอ PowerPoint ไม่ใช่สมุดงาน Excel", "a PowerPoint file, not an Excel workbook");
    refuse(file, "ไม่ใช่สมุดงาน Excel (.xlsx)", "not an Excel workbook (.xlsx)");
  }
  const text = new Map<string, string>();
  const sheets: [string, Buffer][] = [];
  for (const e of entries) {
    if (!XML_PART.test(e.name)) continue;
    let data: Buffer;
    try {
      data = inflateEntry(buf, e);
    } catch (err) {
      if (err instanceof ZipSizeLieError) {
        refuse(
          file,
          `ส่วน ${e.name} ขยายได้มากกว่าขนาดที่ระบุ อาจเป็น zip bomb จึงไม่อ่าน`,
          `part ${e.name} unpacks to more than it declares: refused as a possible zip bomb`,
        );
      }
      refuse(file, `ไฟล์เสียหายหรือไม่ครบ (อ่านส่วน ${e.name} ไม่ได้)`, `the file is corrupt or truncated (cannot unpack ${e.name})`);
    }
    if (declaresDtd(data)) {
      refuse(
        file,
        `ส่วน ${e.name} มีการประกาศ DOCTYPE/ENTITY (อาจเป็นการโจมตีแบบขยาย entity) จึงไม่อ่าน`,
        `part ${e.name} declares a DOCTYPE or ENTITY (XML entity expansion): refused`,
      );
    }
    if (e.name === "xl/workbook.xml" || e.name === "xl/_rels/workbook.xml.rels") text.set(e.name, data.toString("utf8"));
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) sheets.push([e.name, data]);
  }
  const names = sheetNames(text.get("xl/workbook.xml") ?? "", text.get("xl/_rels/workbook.xml.rels") ?? "");
  for (const [part, xml] of sheets) {
    const { rows, cols } = sheetExtent(xml);
    const sheet = names.get(part) ?? part;
    if (rows > limits.maxRows) {
      refuse(
        file,
        `แผ่นงาน "${sheet}" มี ${num(rows)} แถว เกินขีดจำกัด ${num(limits.maxRows)} แถว`,
        `sheet "${sheet}" has ${num(rows)} rows, over the ${num(limits.maxRows)}-row limit`,
      );
    }
    if (cols > limits.maxColumns) {
      refuse(
        file,
        `แผ่นงาน "${sheet}" มี ${num(cols)} คอลัมน์ เกินขีดจำกัด ${num(limits.maxColumns)} คอลัมน์`,
        `sheet "${sheet}" has ${num(cols)} columns, over the ${num(limits.maxColumns)}-column limit`,
      );
    }
  }
  return buf;
}
