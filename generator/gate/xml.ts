/**
 * The gate's view of an XML part: decoded as its prolog declares (UTF-8 by
 * default, windows-874/TIS-620 and the rest by TextDecoder; a UTF-8 part may
 * be only validated), refused when it declares a DTD, and read by a SAX
 * parser (saxes, the parser exceljs uses), never by a text search; a sheet
 * by the byte scan of sheet-bytes.ts where it can. Browser-safe.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";

export class XmlProblem extends Error {
  constructor(
    readonly fault: "encoding" | "unknown-encoding" | "dtd" | "malformed",
    readonly detail: string,
  ) {
    super(`${fault}: ${detail}`);
  }
}

const PROLOG_ENCODING = /^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/;
const UTF8_NAMES = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

export interface DecodedXml {
  text: string;
  /** The part as UTF-8 bytes (the original when it was UTF-8 already). */
  utf8: Uint8Array;
}

/** The encoding a part's byte-order mark or prolog declares, and how many bytes of mark to skip. */
function encodingOf(bytes: Uint8Array): { label: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: "utf-16le", skip: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: "utf-16be", skip: 0 };
  const declared = PROLOG_ENCODING.exec(new TextDecoder("latin1").decode(bytes.subarray(0, 200)))?.[1];
  return { label: declared ? declared.trim().toLowerCase() : "utf-8", skip: 0 };
}

/**
 * For a part declared (or taken) as UTF-8, whether its bytes are valid
 * UTF-8, by `isUtf8` (a native check: no text is made); undefined for a
 * part in another encoding, which decodeXml reads.
 */
export function validUtf8(bytes: Uint8Array, isUtf8: (data: Uint8Array) => boolean): boolean | undefined {
  const { label, skip } = encodingOf(bytes);
  if (!UTF8_NAMES.has(label)) return undefined;
  return isUtf8(skip ? bytes.subarray(skip) : bytes);
}

/** Decodes a part as its byte-order mark or prolog declares; invalid bytes are refused, never read as garbage. */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  const { label, skip } = encodingOf(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new XmlProblem("unknown-encoding", label);
  }
  let text: string;
  try {
    text = decoder.decode(skip ? bytes.subarray(skip) : bytes);
  } catch {
    throw new XmlProblem("encoding", label);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (UTF8_NAMES.has(label)) return { text, utf8: bytes };
  // exceljs reads every part as UTF-8: hand it the text re-encoded, its prolog saying so.
  const rewritten = text.replace(/^(<\?xml[^>]*?\bencoding\s*=\s*["'])[^"']+(["'])/, "$1UTF-8$2");
  return { text: rewritten, utf8: new TextEncoder().encode(rewritten) };
}

/**
 * True when the part declares a DTD. XML allows one only in the prolog,
 * before the root element, and entities can be declared only inside it, so
 * reading up to the root element is enough (the parser rejects one later).
 */
export function declaresDtd(text: string): boolean {
  let i = text.indexOf("<");
  while (i >= 0 && i + 1 < text.length) {
    const next = text[i + 1];
    if (next === "?") i = text.indexOf("?>", i + 2);
    else if (next === "!") {
      if (text.startsWith("<!DOCTYPE", i)) return true;
      // A comment may hold "<" and ">": skip it whole.
      i = text.startsWith("<!--", i) ? text.indexOf("-->", i + 4) : text.indexOf(">", i + 2);
    } else return false;
    if (i < 0) return false;
    i = text.indexOf("<", i);
  }
  return false;
}

/**
 * Characters XML 1.0 forbids, which a cell can still hold (a `_x0001_`
 * escape decodes to one): no document could carry them, so they never enter the model.
 */
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything XML_FORBIDDEN may match: most text has none, and a test is cheaper than the replace. */
const MAYBE_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

export const withoutXmlForbidden = (s: string) => (MAYBE_FORBIDDEN.test(s) ? s.replace(XML_FORBIDDEN, "") : s);

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const DOCTYPE = ascii("<!DOCTYPE");
const COMMENT = ascii("<!--");

function bytesAt(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at < 0 || at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/** Where `a` then `b` (then `c`) next occur from `from`, or -1. */
function indexOfBytes(bytes: Uint8Array, from: number, ...seq: number[]): number {
  for (let i = bytes.indexOf(seq[0], from); i >= 0; i = bytes.indexOf(seq[0], i + 1)) {
    if (seq.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

/** declaresDtd on a UTF-8 part's bytes (its markup is ASCII): the same walk through the prolog, with no text made. */
export function declaresDtdBytes(bytes: Uint8Array): boolean {
  let i = bytes.indexOf(0x3c);
  while (i >= 0 && i + 1 < bytes.length) {
    const next = bytes[i + 1];
    if (next === 0x3f) i = indexOfBytes(bytes, i + 2, 0x3f, 0x3e);
    else if (next === 0x21) {
      if (bytesAt(bytes, i, DOCTYPE)) return true;
      i = bytesAt(bytes, i, COMMENT) ? indexOfBytes(bytes, i + 4, 0x2d, 0x2d, 0x3e) : bytes.indexOf(0x3e, i + 2);
    } else return false;
    if (i < 0) return false;
    i = bytes.indexOf(0x3c, i);
  }
  return false;
}

export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Runs saxes over the text; a parse error becomes an XmlProblem naming the line. */
export function parseXml(
  text: string,
  onOpen: (tag: SaxesTagPlain) => void,
  onText?: (text: string) => void,
  onClose?: (tag: SaxesTagPlain) => void,
): void {
  const parser = new SaxesParser();
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", onOpen);
  if (onText) parser.on("text", onText);
  if (onClose) parser.on("closetag", onClose);
  const CHUNK = 1 << 20;
  for (let i = 0; i < text.length && !failure; i += CHUNK) parser.write(text.slice(i, i + CHUNK));
  if (!failure) parser.close();
  // Where, not saxes's wording: the line and column are what a person can look at.
  const at = failure && /^(\d+):(\d+)/.exec(failure.message);
  if (failure) throw new XmlProblem("malformed", at ? `line ${at[1]}, column ${at[2]}` : "at the end");
}

/** The root element's name, and the attributes of every element named exactly `name` (as exceljs matches them). */
export function elements(text: string, name: string): { root: string; found: Record<string, string>[] } {
  let root = "";
  const found: Record<string, string>[] = [];
  parseXml(text, (tag) => {
    root ||= tag.name;
    if (tag.name === name) found.push({ ...(tag.attributes as Record<string, string>) });
  });
  return { root, found };
}
