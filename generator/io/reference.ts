/**
 * The Word style reference (templates/reference.docx): its styles.xml styles
 * every generated document and its Letterhead paragraphs print on covers, so a
 * secretariat restyles the output in Word, not in code.
 */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { STYLE_IDS } from "../documents";
import { UserError } from "../../core/errors";
import { DEFAULT_REFERENCE } from "./root";

export { DEFAULT_REFERENCE };

export interface Reference {
  styles: string;
  letterhead: string[];
}

const REQUIRED_STYLES = [STYLE_IDS.title, STYLE_IDS.heading1, STYLE_IDS.heading2, STYLE_IDS.heading3, STYLE_IDS.table];

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
export function letterheadLines(documentXml: string): string[] {
  const lines: string[] = [];
  for (const p of documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    if (!p.includes(`w:val="${STYLE_IDS.letterhead}"`)) continue;
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join("");
    if (text.trim()) lines.push(text.trim());
  }
  return lines;
}

/** Checks the styles part enough that docx will not silently drop it: one styles root, every style the builders use. */
export function validateStyles(file: string, styles: string): void {
  if (!/<w:styles[\s>]/.test(styles) || !styles.trimEnd().endsWith("</w:styles>"))
    throw broken(file, "word/styles.xml ไม่สมบูรณ์", "word/styles.xml is incomplete");
  const opened = (styles.match(/<w:style[\s>]/g) ?? []).length;
  const closed = (styles.match(/<\/w:style>/g) ?? []).length;
  if (opened !== closed) throw broken(file, "word/styles.xml ไม่ถูกต้องตามรูปแบบ XML", "word/styles.xml is not well-formed");
  const missing = REQUIRED_STYLES.filter((id) => !styles.includes(`w:styleId="${id}"`));
  if (missing.length) throw broken(file, `ไม่มีสไตล์ ${missing.join(", ")}`, `styles missing: ${missing.join(", ")}`);
}

export async function loadReference(file: string = DEFAULT_REFERENCE): Promise<Reference> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError("ไม่พบไฟล์ต้นแบบ Word (reference.docx)", "the Word reference file (reference.docx) is missing", file);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw broken(file, "ไม่ใช่ไฟล์ .docx", "not a .docx file");
  }
  const stylesPart = zip.file("word/styles.xml");
  if (!stylesPart) throw broken(file, "ไม่มี word/styles.xml", "word/styles.xml is missing");
  const styles = await stylesPart.async("string");
  validateStyles(file, styles);
  const doc = await zip.file("word/document.xml")?.async("string");
  return { styles, letterhead: doc ? letterheadLines(doc) : [] };
}
