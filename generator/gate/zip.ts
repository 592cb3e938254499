/**
 * The gate's one reading of a zip. The central directory is read strictly
 * (a package two readers could read differently is refused), each part is
 * inflated with fflate under a hard cap of the size it declares, and its
 * CRC-32 is checked. Plain Uint8Array and DataView: it runs in the pane too.
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  /** The name as stored, a leading "/" removed (as exceljs reads it). */
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the part's compressed bytes start. */
  dataOffset: number;
}

/** Why a zip cannot be read; the gate turns each kind into its own message. */
export type ZipFault = "structure" | "too-many-parts" | "duplicate" | "encrypted" | "size-lie" | "crc" | "method";

export class ZipProblem extends Error {
  constructor(
    readonly fault: ZipFault,
    readonly part?: string,
  ) {
    super(`${fault}${part ? ` (${part})` : ""}`);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const UTF8 = new TextDecoder("utf-8");

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const broken = (part?: string): never => {
  throw new ZipProblem("structure", part);
};

function u64(v: DataView, at: number): number {
  const n = v.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) broken();
  return Number(n);
}

/** The end record whose comment runs exactly to the end of the file: a signature inside a comment does not count. */
function findEocd(v: DataView): number {
  const stop = Math.max(0, v.byteLength - 22 - MAX16);
  for (let i = v.byteLength - 22; i >= stop; i--) {
    if (v.getUint32(i, true) === EOCD && i + 22 + v.getUint16(i + 20, true) === v.byteLength) return i;
  }
  return broken();
}

/** Where the central directory is; it must end exactly where the end records begin (no bytes between). */
function directoryBounds(v: DataView): { count: number; offset: number; size: number } {
  const eocd = findEocd(v);
  let count = v.getUint16(eocd + 10, true);
  let size = v.getUint32(eocd + 12, true);
  let offset = v.getUint32(eocd + 16, true);
  let end = eocd;
  if (v.getUint16(eocd + 4, true) !== 0 || v.getUint16(eocd + 6, true) !== 0) broken(); // multi-disk archives
  if (count !== v.getUint16(eocd + 8, true)) broken();
  if (eocd >= 20 && v.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = u64(v, eocd - 20 + 8);
    if (at + 56 > eocd - 20 || v.getUint32(at, true) !== ZIP64_EOCD) broken();
    count = u64(v, at + 32);
    size = u64(v, at + 40);
    offset = u64(v, at + 48);
    end = at;
  } else if (count === MAX16 || size === MAX32 || offset === MAX32) broken();
  if (offset + size !== end) broken();
  return { count, offset, size };
}

/** Sizes that overflow 32 bits live in the zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: DataView): void {
  for (let i = 0; i + 4 <= extra.byteLength;) {
    const id = extra.getUint16(i, true);
    const len = extra.getUint16(i + 2, true);
    if (id === 0x0001) {
      let p = i + 4;
      const take = () => {
        if (p + 8 > i + 4 + len || p + 8 > extra.byteLength) broken(entry.name);
        const n = u64(extra, p);
        p += 8;
        return n;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = take();
      if (entry.compressedSize === MAX32) entry.compressedSize = take();
      if (entry.localOffset === MAX32) entry.localOffset = take();
      return;
    }
    i += 4 + len;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Checks the part's local header says what the central directory says; returns where its data starts. */
function localData(bytes: Uint8Array, v: DataView, e: ZipEntry, rawName: Uint8Array, cdStart: number): number {
  const h = e.localOffset;
  if (h + 30 > cdStart || v.getUint32(h, true) !== LOCAL) broken(e.name);
  if (v.getUint16(h + 8, true) !== e.method) broken(e.name);
  const nameLen = v.getUint16(h + 26, true);
  if (!sameBytes(bytes.subarray(h + 30, h + 30 + nameLen), rawName)) broken(e.name);
  const start = h + 30 + nameLen + v.getUint16(h + 28, true);
  if (start + e.compressedSize > cdStart) broken(e.name);
  return start;
}

/** Lists the parts the central directory declares. Refuses duplicates, overlapping parts and anything two readers could read two ways. */
export function listEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22) broken();
  const v = view(bytes);
  const { count, offset, size } = directoryBounds(v);
  if (count > maxEntries) throw new ZipProblem("too-many-parts");
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = offset;
  const end = offset + size;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || v.getUint32(p, true) !== CENTRAL) broken();
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen + commentLen > end) broken();
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const stored = UTF8.decode(rawName);
    const entry: ZipEntry = {
      name: stored.startsWith("/") ? stored.slice(1) : stored,
      method: v.getUint16(p + 10, true),
      encrypted: (v.getUint16(p + 8, true) & 1) === 1,
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      uncompressedSize: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
      dataOffset: 0,
    };
    applyZip64(entry, new DataView(bytes.buffer, bytes.byteOffset + p + 46 + nameLen, extraLen));
    if (entry.encrypted) throw new ZipProblem("encrypted", entry.name);
    if (seen.has(entry.name)) throw new ZipProblem("duplicate", entry.name);
    seen.add(entry.name);
    entry.dataOffset = localData(bytes, v, entry, rawName, offset);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (p !== end) broken();
  // Parts may not share bytes (overlapping parts are a zip-bomb technique).
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.dataOffset + prev.compressedSize > byOffset[i].localOffset) broken(byOffset[i].name);
  }
  return entries;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Small input pieces, so one piece of a bomb can expand at most ~32 MB before the cap stops it. */
const PIECE = 32 * 1024;

function inflateCapped(data: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  const inflate = new Inflate((chunk) => {
    if (at + chunk.length > size) throw new ZipProblem("size-lie", name);
    out.set(chunk, at);
    at += chunk.length;
  });
  try {
    if (!data.length) broken(name);
    for (let i = 0; i < data.length; i += PIECE) inflate.push(data.subarray(i, i + PIECE), i + PIECE >= data.length);
  } catch (e) {
    if (e instanceof ZipProblem) throw e;
    broken(name);
  }
  if (at !== size) broken(name);
  return out;
}

/**
 * Faster native stand-ins an adapter may give (Node's zlib): `inflateRaw`
 * must never produce more than `size` bytes (throwing otherwise), as fflate's
 * capped inflation here does.
 */
export interface ZipCodec {
  inflateRaw?: (data: Uint8Array, size: number, name: string) => Uint8Array;
  crc32?: (data: Uint8Array) => number;
}

/** One part's bytes: never more than it declares, and only when its CRC-32 matches. */
export function readEntry(bytes: Uint8Array, e: ZipEntry, codec: ZipCodec = {}): Uint8Array {
  const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw new ZipProblem("size-lie", e.name);
    out = data;
  } else if (e.method === 8) out = (codec.inflateRaw ?? inflateCapped)(data, e.uncompressedSize, e.name);
  else throw new ZipProblem("method", e.name);
  if (out.length !== e.uncompressedSize) broken(e.name);
  if ((codec.crc32 ?? crc32)(out) !== e.crc) throw new ZipProblem("crc", e.name);
  return out;
}

/** A stored (not deflated) zip of parts whose CRC-32 is already known: what the gate hands exceljs. */
export function storedZip(parts: readonly { name: string; data: Uint8Array; crc: number }[]): Uint8Array {
  const names = parts.map((p) => new TextEncoder().encode(p.name));
  const size = parts.reduce((sum, p, i) => sum + 30 + names[i].length + p.data.length + 46 + names[i].length, 22);
  const out = new Uint8Array(size);
  const v = view(out);
  let at = 0;
  const offsets: number[] = [];
  const header = (sig: number, i: number, central: boolean) => {
    const p = parts[i];
    v.setUint32(at, sig, true);
    const base = central ? at + 2 : at;
    if (central) v.setUint16(at + 4, 20, true);
    v.setUint16(base + 4, 20, true);
    v.setUint16(base + 6, 0x0800, true);
    v.setUint16(base + 8, 0, true);
    v.setUint32(base + 14, p.crc, true);
    v.setUint32(base + 18, p.data.length, true);
    v.setUint32(base + 22, p.data.length, true);
    v.setUint16(base + 26, names[i].length, true);
    if (central) v.setUint32(at + 42, offsets[i], true);
    at += central ? 46 : 30;
    out.set(names[i], at);
    at += names[i].length;
  };
  parts.forEach((p, i) => {
    offsets.push(at);
    header(LOCAL, i, false);
    out.set(p.data, at);
    at += p.data.length;
  });
  const cd = at;
  parts.forEach((_, i) => header(CENTRAL, i, true));
  v.setUint32(at, EOCD, true);
  v.setUint16(at + 8, parts.length, true);
  v.setUint16(at + 10, parts.length, true);
  v.setUint32(at + 12, at - cd, true);
  v.setUint32(at + 16, cd, true);
  return out;
}
