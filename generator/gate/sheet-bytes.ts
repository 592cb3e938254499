/**
 * The worksheet count of sheet.ts, from the part's UTF-8 bytes without a
 * parser: a sheet as Excel and exceljs write it (a declaration, elements,
 * quoted attributes, text with the five named entities) is read tag by tag
 * here, far faster than saxes. Anything else (a comment, CDATA, a processing
 * instruction, a character reference, an entity in an attribute, a tag that
 * does not close as it opened, text outside the root) is not guessed at: the
 * scan gives up and the gate runs the SAX pass, which is exact. Every "<"
 * outside an attribute value is read as a tag, as a parser reads it, so no
 * row or cell escapes the count.
 */
import type { Limits } from "./limits";
import { sheetCounter, type CellAt, type SheetCount } from "./sheet";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const AMP = 0x26;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;

/** Byte classes, one table read per byte: white space, a name's first character, a name's other characters. */
const SPACE = 1;
const NAME_START = 2;
const NAME_CHAR = 4;
const CLASS = (() => {
  const t = new Uint8Array(256);
  for (const b of [0x20, 0x09, 0x0a, 0x0d]) t[b] = SPACE;
  const start = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === COLON;
  for (let b = 0; b < 0x80; b++) {
    if (start(b)) t[b] |= NAME_START | NAME_CHAR;
    else if ((b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2e) t[b] |= NAME_CHAR;
  }
  return t;
})();
const NAMED_ENTITIES = ["amp;", "lt;", "gt;", "quot;", "apos;"].map((e) => Uint8Array.from(e, (c) => c.charCodeAt(0)));

/** The scan met something it does not read: the SAX pass decides. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** A name or an attribute's value; one beyond ASCII, or holding an entity, is left to the parser. */
function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b >= 0x80 || b === AMP) giveUp();
    s += String.fromCharCode(b);
  }
  return s;
}

/**
 * Where the name starting at `from` ends. A name is ASCII letters, digits,
 * "_", ":", "-", "." (starting with a letter, "_" or ":"), ended by white
 * space, "/", ">" or "="; any other is left to the parser.
 */
function nameEnd(bytes: Uint8Array, from: number): number {
  if (!(CLASS[bytes[from]] & NAME_START)) giveUp();
  let i = from + 1;
  while (CLASS[bytes[i]] & NAME_CHAR) i++;
  const b = bytes[i];
  if (!(CLASS[b] & SPACE) && b !== SLASH && b !== GT && b !== EQ) giveUp();
  return i;
}

const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
/** Row numbers of more digits than this are left to Number() (summing digits could round differently). */
const EXACT_DIGITS = 15;
/** One object for every reference read: the counter reads it at once. */
const CELL: CellAt = { col: 0, row: 0 };

/** cellAddress (sheet.ts) on an attribute value's bytes; a value ascii() would give up on, the scan gives up on too. */
function cellRef(bytes: Uint8Array, from: number, to: number): CellAt | undefined {
  for (let i = from; i < to; i++) if (bytes[i] >= 0x80 || bytes[i] === AMP) giveUp();
  let i = bytes[from] === 0x24 ? from + 1 : from;
  const lettersAt = i;
  let col = 0;
  while (i < to && isLetter(bytes[i])) col = col * 26 + ((bytes[i++] & ~0x20) - 64);
  if (i === lettersAt || i - lettersAt > 4) return undefined;
  if (i < to && bytes[i] === 0x24) i++;
  const digitsAt = i;
  let row = 0;
  while (i < to && isDigit(bytes[i])) row = row * 10 + (bytes[i++] - 0x30);
  if (i === digitsAt || i !== to) return undefined;
  CELL.col = col;
  CELL.row = i - digitsAt > EXACT_DIGITS ? Number(ascii(bytes, digitsAt, to)) : row;
  return CELL;
}

/** Any name the count does nothing with but pair it with its end tag (compared as bytes). */
const OTHER = "-";

/** The names the count looks at, made once: a sheet has tens of thousands of tags, and a string for each is the cost. */
function tagName(bytes: Uint8Array, from: number, to: number, first: boolean): string {
  const length = to - from;
  if (!first) {
    if (length === 1) {
      const b = bytes[from];
      return b === 0x63 ? "c" : b === 0x76 ? "v" : b === 0x74 ? "t" : b === 0x66 ? "f" : OTHER;
    }
    if (length === 3 && bytes[from] === 0x72 && bytes[from + 1] === 0x6f && bytes[from + 2] === 0x77) return "row";
  }
  // The root (its name is checked whole), a prefixed name (rare) and <dimension> as themselves.
  if (first || length === 9 || bytes.subarray(from, to).includes(COLON)) return ascii(bytes, from, to);
  return OTHER;
}

function sameName(bytes: Uint8Array, from: number, to: number, key: string): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (bytes[from + i] !== key.charCodeAt(i)) return false;
  return true;
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

function startsWith(bytes: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/** An entity in text: only the five named ones are read here (a character reference is left to the parser). */
function checkEntity(bytes: Uint8Array, at: number, to: number): void {
  if (!NAMED_ENTITIES.some((e) => at + 1 + e.length <= to && startsWith(bytes, at + 1, e))) giveUp();
}

const XML_DECL = Uint8Array.from("<?xml", (c) => c.charCodeAt(0));
/** The XML declaration as the specification orders it; any other is left to the parser. */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>$/;

/** Where the content starts: after a byte-order mark and the XML declaration. */
function afterProlog(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (startsWith(bytes, i, XML_DECL)) {
    const end = bytes.indexOf(GT, i);
    if (end < 0 || !DECLARATION.test(ascii(bytes, i, end + 1))) giveUp();
    i = end + 1;
  }
  return i;
}

/**
 * Counts the sheet as countSheet would, or returns undefined when the part
 * holds anything the scan leaves to the parser. Throws SheetLimitError as
 * countSheet does.
 */
export function countSheetBytes(bytes: Uint8Array, limits: Limits): SheetCount | undefined {
  try {
    return scan(bytes, limits);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

function scan(bytes: Uint8Array, limits: Limits): SheetCount {
  const counter = sheetCounter(limits);
  // The open elements' names, as byte ranges (start, end) of the part.
  const open: number[] = [];
  let seenRoot = false;
  const n = bytes.length;
  // Attribute name and value bounds of the tag being read (its first `attrEnd` numbers), reused.
  const attrs: number[] = [];
  let attrEnd = 0;
  const attr = (key: string) => {
    let found: string | undefined;
    for (let k = 0; k < attrEnd; k += 4) if (sameName(bytes, attrs[k], attrs[k + 1], key)) found = ascii(bytes, attrs[k + 2], attrs[k + 3]);
    return found;
  };
  const cellAt = (key: string) => {
    let found: CellAt | undefined;
    for (let k = 0; k < attrEnd; k += 4)
      if (sameName(bytes, attrs[k], attrs[k + 1], key)) found = cellRef(bytes, attrs[k + 2], attrs[k + 3]);
    return found;
  };
  let at = afterProlog(bytes);
  for (;;) {
    // Text up to the next tag: white space only outside the root; entities checked.
    let lt = at;
    if (open.length) {
      for (; lt < n; lt++) {
        const b = bytes[lt];
        if (b === LT) break;
        if (b === AMP) checkEntity(bytes, lt, n);
      }
      if (lt > at) counter.text();
    } else {
      while (lt < n && CLASS[bytes[lt]] & SPACE) lt++;
      if (lt < n && bytes[lt] !== LT) giveUp(); // text outside the root
    }
    if (lt >= n) break;
    let i = lt + 1;
    const closing = bytes[i] === SLASH;
    if (closing) i++;
    // "<!" (comment, CDATA, DOCTYPE) and "<?" (a processing instruction) are not names: left to the parser.
    const nameStart = i;
    i = nameEnd(bytes, i);
    const nameStop = i;
    if (closing) {
      while (CLASS[bytes[i]] & SPACE) i++;
      const openEnd = open.pop();
      const openStart = open.pop();
      if (bytes[i] !== GT || openStart === undefined || !sameBytes(bytes, openStart, openEnd!, nameStart, nameStop)) giveUp();
      const name = tagName(bytes, nameStart, nameStop, false);
      if (name !== OTHER) counter.close(name);
      at = i + 1;
      continue;
    }
    if (!open.length && seenRoot) giveUp(); // a second root
    const name = tagName(bytes, nameStart, nameStop, !seenRoot);
    attrEnd = 0;
    for (;;) {
      const spaced = (CLASS[bytes[i]] & SPACE) !== 0;
      while (CLASS[bytes[i]] & SPACE) i++;
      if (i >= n) giveUp();
      const b = bytes[i];
      if (b === GT || b === SLASH) break;
      if (!spaced) giveUp(); // attributes are separated by white space
      const attrStart = i;
      i = nameEnd(bytes, i);
      const attrStop = i;
      for (let k = 0; k < attrEnd; k += 4)
        if (bytes[attrs[k]] === bytes[attrStart] && sameBytes(bytes, attrs[k], attrs[k + 1], attrStart, attrStop)) giveUp(); // a repeated attribute is not XML
      while (CLASS[bytes[i]] & SPACE) i++;
      if (bytes[i] !== EQ) giveUp();
      i++;
      while (CLASS[bytes[i]] & SPACE) i++;
      const quote = bytes[i];
      if (quote !== QUOT && quote !== APOS) giveUp();
      let valueEnd = i + 1;
      while (valueEnd < n && bytes[valueEnd] !== quote) if (bytes[valueEnd++] === LT) giveUp(); // "<" in a value is not XML
      if (valueEnd >= n) giveUp();
      attrs[attrEnd++] = attrStart;
      attrs[attrEnd++] = attrStop;
      attrs[attrEnd++] = i + 1;
      attrs[attrEnd++] = valueEnd;
      i = valueEnd + 1;
    }
    const empty = bytes[i] === SLASH;
    if (empty && bytes[i + 1] !== GT) giveUp();
    seenRoot = true;
    // The count does nothing with any other element: it is only paired with its end.
    if (name !== OTHER) {
      counter.open(name, attr, cellAt);
      if (empty) counter.close(name);
    }
    if (!empty) open.push(nameStart, nameStop);
    at = i + (empty ? 2 : 1);
  }
  if (open.length || !seenRoot) giveUp();
  return counter.count;
}
