/**
 * The safety gate: every check a workbook's bytes must pass before exceljs
 * parses them. It reads the zip once, keeps only the parts exceljs would
 * read (each inflated under a hard cap, CRC-checked, decoded as declared,
 * DTD-free; each sheet counted by a byte scan, or by a SAX pass where the
 * scan leaves it: sheet-bytes.ts) and returns exactly those parts (and,
 * when asked, a fresh archive of them), so exceljs sees nothing the gate
 * did not check. Bytes in, bytes out: the pane uses it too.
 */
import { LIMITS, refuseBySize, type Limits } from "./limits";
import { mb, num, refuse, refuseSheet, refuseXml, refuseZip } from "./messages";
import { partRole, sheetPartOf, VALUE_ROLES, WORKSHEET_TYPE } from "./parts";
import { countSheet, SheetLimitError, type SheetCount } from "./sheet";
import { countSheetBytes } from "./sheet-bytes";
import { declaresDtd, declaresDtdBytes, decodeXml, elements, validUtf8, XmlProblem } from "./xml";
import { crc32, listEntries, readEntry, storedZip, ZipProblem, type ZipCodec, type ZipEntry } from "./zip";

export interface GatedSheet {
  /** The tab name. */
  name: string;
  part: string;
  count: SheetCount;
}

/** One checked part as handed on: its UTF-8 bytes (XML) or raw bytes (media), and their CRC-32. */
export interface GatedPart {
  name: string;
  data: Uint8Array;
  crc: number;
}

export interface GatedWorkbook {
  /** The checked parts only, in the package's order. */
  parts: readonly GatedPart[];
  /** A fresh zip (stored, not deflated) of those parts, made when first asked for: give exceljs this. */
  readonly archive: Uint8Array;
  /** The worksheets exceljs will return, in workbook order, with what the SAX pass counted. */
  sheets: GatedSheet[];
}

export interface GateOptions {
  limits?: Limits;
  /** Only cell values are wanted: drawings, media, comments and tables are left out of the archive. */
  valuesOnly?: boolean;
  /** Native inflation, CRC-32 and UTF-8 validation (the CLI passes Node's); fflate, a table CRC and TextDecoder otherwise. */
  codec?: GateCodec;
}

export interface GateCodec extends ZipCodec {
  /** Whether bytes are valid UTF-8, without decoding them (Node's buffer.isUtf8). */
  isUtf8?: (data: Uint8Array) => boolean;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));
/** An encrypted .xlsx is an OLE2 container holding these streams (names are UTF-16LE). */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map(utf16);

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = haystack.indexOf(needle[0]); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(needle[0], i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 3)));
    return true;
  } catch {
    return sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f));
  }
}

function refuseNonZip(file: string, bytes: Uint8Array): never {
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) {
    if (ENCRYPTION_STREAMS.some((s) => contains(bytes, s)))
      refuse(file, "สมุดงานนี้ตั้งรหัสผ่านไว้ กรุณาเอารหัสผ่านออกแล้วบันทึกใหม่", "password-protected workbook: remove the password and save it again");
    refuse(file, "เป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx", "legacy .xls workbook: save it as .xlsx (Excel Workbook)");
  }
  if (looksLikeText(bytes))
    refuse(file, "เป็นไฟล์ข้อความหรือ CSV ไม่ใช่สมุดงาน Excel (.xlsx)", "a text or CSV file, not an Excel workbook (.xlsx)");
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

/** Runs one step, turning the gate's own problems into refusals naming the file (and the part). */
function guarded<T>(file: string, part: string, limits: Limits, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof ZipProblem) refuseZip(file, e, limits);
    if (e instanceof XmlProblem) refuseXml(file, part, e);
    throw e;
  }
}

/**
 * A part's bytes, checked; for XML parts the UTF-8 bytes exceljs gets and,
 * once asked for (textOf), their text, decoded as declared.
 */
interface Part {
  data: Uint8Array;
  crc: number;
  text?: string;
}

function readPart(file: string, bytes: Uint8Array, e: ZipEntry, limits: Limits, xml: boolean, codec: GateCodec): Part {
  return guarded(file, e.name, limits, () => {
    const raw = readEntry(bytes, e, codec);
    if (!xml) return { data: raw, crc: e.crc };
    // A UTF-8 part (nearly all) is validated natively and checked for a DTD on its bytes: no text is made for exceljs's parts.
    const valid = codec.isUtf8 && validUtf8(raw, codec.isUtf8);
    if (valid === false) decodeXml(raw); // throws the encoding refusal, naming the encoding
    if (valid) {
      if (declaresDtdBytes(raw)) throw new XmlProblem("dtd", e.name);
      return { data: raw, crc: e.crc };
    }
    const { text, utf8 } = decodeXml(raw);
    if (declaresDtd(text)) throw new XmlProblem("dtd", e.name);
    return { data: utf8, text, crc: utf8 === raw ? e.crc : (codec.crc32 ?? crc32)(utf8) };
  });
}

function textOf(file: string, part: Part, name: string, limits: Limits): string {
  return (part.text ??= guarded(file, name, limits, () => decodeXml(part.data).text));
}

/** The sheet's count: by the byte scan when it can read the part, else by the SAX pass. */
function sheetCount(file: string, part: Part, name: string, limits: Limits): SheetCount {
  return guarded(file, name, limits, () => countSheetBytes(part.data, limits) ?? countSheet(textOf(file, part, name, limits), limits));
}

function refuseWrongKind(file: string, byName: Map<string, ZipEntry>): never {
  // Say what it is when we can tell: a Word or PowerPoint file passed by mistake is the usual case.
  if (byName.has("word/document.xml")) refuse(file, "เป็นเอกสาร Word ไม่ใช่สมุดงาน Excel", "a Word document, not an Excel workbook");
  if (byName.has("ppt/presentation.xml"))
    refuse(file, "เป็นงานนำเสนอ PowerPoint ไม่ใช่สมุดงาน Excel", "a PowerPoint file, not an Excel workbook");
  refuse(file, "ไม่ใช่สมุดงาน Excel (.xlsx)", "not an Excel workbook (.xlsx)");
}

interface SheetRef {
  name: string;
  part: string;
  no: string;
}

/** The worksheets as exceljs will find them: each <sheet> through its relationship, Target resolved exceljs's way. */
function resolveSheets(file: string, workbook: string, rels: string, byName: Map<string, ZipEntry>, limits: Limits): SheetRef[] {
  const book = guarded(file, "xl/workbook.xml", limits, () => elements(workbook, "sheet"));
  if (book.root !== "workbook")
    refuse(file, "ส่วน xl/workbook.xml ไม่ใช่สมุดงาน กรุณาบันทึกใหม่ใน Excel", "part xl/workbook.xml is not a workbook: save it again in Excel");
  const byId = new Map(
    guarded(file, "xl/_rels/workbook.xml.rels", limits, () => elements(rels, "Relationship")).found.map((r) => [r.Id, r]),
  );
  const sheets: SheetRef[] = [];
  const used = new Map<string, string>();
  for (const s of book.found) {
    const rel = byId.get(s["r:id"]);
    if (!rel?.Target) continue;
    const part = sheetPartOf(rel.Target);
    if (!byName.has(part)) continue; // exceljs skips it too (a chart sheet, a dangling relationship): core reports a missing sheet
    const role = partRole(part);
    const name = s.name ?? part;
    if (role?.role !== "worksheet") {
      if (WORKSHEET_TYPE.test(rel.Type ?? ""))
        refuse(
          file,
          `แผ่นงาน "${name}" เก็บไว้ที่ ${part} ซึ่งโปรแกรมอ่านไม่ได้ กรุณาบันทึกใหม่ใน Excel`,
          `sheet "${name}" is stored as ${part}, where the reader cannot read it: save it again in Excel`,
        );
      continue;
    }
    const other = used.get(role.no!);
    if (other !== undefined)
      refuse(
        file,
        `แผ่นงาน "${name}" และ "${other}" ใช้ส่วนเดียวกันหรือเลขเดียวกัน จึงไม่อ่าน`,
        `sheets "${name}" and "${other}" share one part or number: refused`,
      );
    used.set(role.no!, name);
    sheets.push({ name, part, no: role.no! });
  }
  return sheets;
}

export function gateWorkbook(file: string, bytes: Uint8Array, opts: GateOptions = {}): GatedWorkbook {
  const limits = opts.limits ?? LIMITS;
  refuseBySize(file, bytes.length, limits.maxFileBytes);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuseNonZip(file, bytes);
  const entries = guarded(file, "", limits, () => listEntries(bytes, limits.maxEntries));
  checkDeclaredSizes(file, entries, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has("xl/workbook.xml")) refuseWrongKind(file, byName);

  const codec = opts.codec ?? {};
  const read = (name: string) => readPart(file, bytes, byName.get(name)!, limits, true, codec);
  const workbook = read("xl/workbook.xml");
  const rels = byName.has("xl/_rels/workbook.xml.rels")
    ? read("xl/_rels/workbook.xml.rels")
    : { data: new Uint8Array(), crc: 0, text: "<Relationships/>" };
  const refs = resolveSheets(
    file,
    textOf(file, workbook, "xl/workbook.xml", limits),
    textOf(file, rels, "xl/_rels/workbook.xml.rels", limits),
    byName,
    limits,
  );
  const sheetParts = new Set(refs.map((r) => r.part));
  const sheetNos = new Set(refs.map((r) => r.no));

  const kept: GatedPart[] = [];
  const sheets: GatedSheet[] = [];
  for (const e of entries) {
    const role = partRole(e.name);
    const wanted =
      role &&
      !(opts.valuesOnly && !VALUE_ROLES.has(role.role)) &&
      !(role.role === "worksheet" && !sheetParts.has(e.name)) &&
      !(role.role === "worksheet-rels" && !sheetNos.has(role.no!));
    if (!role || !wanted) {
      // Not handed on, but still unpacked under its cap and CRC-checked: a part that lies refuses the file.
      guarded(file, e.name, limits, () => readEntry(bytes, e, codec));
      continue;
    }
    const part =
      e.name === "xl/workbook.xml"
        ? workbook
        : e.name === "xl/_rels/workbook.xml.rels"
          ? rels
          : readPart(file, bytes, e, limits, role.role !== "media", codec);
    if (role.role === "worksheet") {
      const ref = refs.find((r) => r.part === e.name)!;
      try {
        sheets.push({ name: ref.name, part: e.name, count: sheetCount(file, part, e.name, limits) });
      } catch (err) {
        if (err instanceof SheetLimitError) refuseSheet(file, ref.name, err);
        throw err;
      }
    }
    kept.push({ name: e.name, data: part.data, crc: part.crc });
  }
  sheets.sort((a, b) => refs.findIndex((r) => r.part === a.part) - refs.findIndex((r) => r.part === b.part));
  let archive: Uint8Array | undefined;
  return {
    parts: kept,
    sheets,
    // The CLI's values-only reading hands exceljs the parts themselves and never needs the zip.
    get archive() {
      return (archive ??= storedZip(kept));
    },
  };
}
