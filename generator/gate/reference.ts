/**
 * A Word style reference's bytes to what the documents use from it: its
 * styles.xml and its Letterhead paragraphs, through the gate's zip and XML
 * readers. Bytes in, no file system, so the task pane reads a reference the
 * planner picks the way the CLI reads --reference. The style ids come from the
 * caller (generator/documents' REFERENCE_STYLES), the builders' own.
 */
import { UserError } from "../../core/errors";
import { declaresDtd, decodeXml } from "./xml";
import { listEntries, readEntry, ZipProblem, type ZipEntry } from "./zip";

export interface Reference {
  styles: string;
  letterhead: string[];
}

/** The styles a reference must define for the builders, and the one its letterhead paragraphs use. */
export interface ReferenceStyles {
  letterhead: string;
  required: readonly string[];
}

function broken(file: string, th: string, en: string): UserError {
  return new UserError(
    `ไฟล์ต้นแบบ Word ใช้ไม่ได้: ${th} (สร้างใหม่ด้วย templates/scripts/write-reference-docx.ts)`,
    `the Word reference file is broken: ${en} (rebuild it with templates/scripts/write-reference-docx.ts)`,
    file,
  );
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Text of the body paragraphs in the Letterhead style, in order. */
export function letterheadParagraphs(documentXml: string, letterheadStyle: string): string[] {
  const lines: string[] = [];
  for (const p of documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    if (!p.includes(`w:val="${letterheadStyle}"`)) continue;
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join("");
    if (text.trim()) lines.push(text.trim());
  }
  return lines;
}

/** Checks the styles part enough that docx will not silently drop it: one styles root, every style the builders use. */
export function validateStyles(file: string, styles: string, required: readonly string[]): void {
  if (!/<w:styles[\s>]/.test(styles) || !styles.trimEnd().endsWith("</w:styles>"))
    throw broken(file, "word/styles.xml ไม่สมบูรณ์", "word/styles.xml is incomplete");
  const opened = (styles.match(/<w:style[\s>]/g) ?? []).length;
  const closed = (styles.match(/<\/w:style>/g) ?? []).length;
  if (opened !== closed) throw broken(file, "word/styles.xml ไม่ถูกต้องตามรูปแบบ XML", "word/styles.xml is not well-formed");
  const missing = required.filter((id) => !styles.includes(`w:styleId="${id}"`));
  if (missing.length) throw broken(file, `ไม่มีสไตล์ ${missing.join(", ")}`, `styles missing: ${missing.join(", ")}`);
}

/** A reference .docx is a few hundred kilobytes; these leave ample room and stop /dev/zero or a lying part. */
export const REFERENCE_LIMITS = { maxFileBytes: 20 * 1024 * 1024, maxPartBytes: 50 * 1024 * 1024, maxEntries: 1000 };

/** One XML part of the reference, through the gate's zip reader: capped, CRC-checked, decoded as declared, no DTD. */
function referencePart(file: string, bytes: Uint8Array, entries: ZipEntry[], name: string): string | undefined {
  const e = entries.find((x) => x.name === name);
  if (!e) return undefined;
  if (e.uncompressedSize > REFERENCE_LIMITS.maxPartBytes)
    throw broken(
      file,
      `${name} ใหญ่เกิน ${REFERENCE_LIMITS.maxPartBytes / 1024 / 1024} MB`,
      `${name} is larger than ${REFERENCE_LIMITS.maxPartBytes / 1024 / 1024} MB`,
    );
  try {
    const { text } = decodeXml(readEntry(bytes, e));
    if (declaresDtd(text)) throw broken(file, `${name} มีการประกาศ DOCTYPE/ENTITY`, `${name} declares a DOCTYPE or ENTITY`);
    return text;
  } catch (err) {
    if (err instanceof UserError) throw err;
    if (err instanceof ZipProblem && err.fault === "size-lie")
      throw broken(file, `${name} ขยายได้มากกว่าขนาดที่ระบุ`, `${name} unpacks to more than it declares`);
    throw broken(file, `อ่าน ${name} ไม่ได้`, `cannot read ${name}`);
  }
}

/** The styles and letterhead of a reference .docx, through the gate's zip reader; a broken one is a UserError naming `file`. */
export function referenceFromBytes(file: string, bytes: Uint8Array, ids: ReferenceStyles): Reference {
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes, REFERENCE_LIMITS.maxEntries);
  } catch {
    throw broken(file, "ไม่ใช่ไฟล์ .docx", "not a .docx file");
  }
  const styles = referencePart(file, bytes, entries, "word/styles.xml");
  if (styles === undefined) throw broken(file, "ไม่มี word/styles.xml", "word/styles.xml is missing");
  validateStyles(file, styles, ids.required);
  const doc = referencePart(file, bytes, entries, "word/document.xml");
  return { styles, letterhead: doc ? letterheadParagraphs(doc, ids.letterhead) : [] };
}
