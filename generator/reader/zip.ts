/**
 * A minimal reader of a zip's central directory. It learns each part's
 * declared sizes without inflating anything, so the safety gate can refuse a
 * zip bomb before any byte is unpacked, and inflates one part with a hard cap
 * on its output (a part that lies about its size is caught too).
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export class ZipFormatError extends Error {}
export class ZipSizeLieError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end-of-central-directory record");
}

function directoryBounds(buf: Buffer): { count: number; offset: number; size: number } {
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === MAX16 || size === MAX32 || offset === MAX32) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipFormatError("bad zip64 record");
    count = u64(buf, at + 32);
    size = u64(buf, at + 40);
    offset = u64(buf, at + 48);
  }
  if (offset + size > buf.length) throw new ZipFormatError("central directory beyond the end of the file");
  return { count, offset, size };
}

/** Sizes that overflow 32 bits live in the zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const end = p + len;
      const take = () => {
        if (p + 8 > end || p + 8 > extra.length) throw new ZipFormatError("short zip64 field");
        const v = u64(extra, p);
        p += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = take();
      if (entry.compressedSize === MAX32) entry.compressedSize = take();
      if (entry.localOffset === MAX32) entry.localOffset = take();
      return;
    }
    i += 4 + len;
  }
}

/** Lists the parts as the central directory declares them; `maxEntries` stops a directory of millions. */
export function listEntries(buf: Buffer, maxEntries: number): ZipEntry[] {
  const { count, offset, size } = directoryBounds(buf);
  if (count > maxEntries) throw new ZipSizeLieError(`${count} parts`);
  const entries: ZipEntry[] = [];
  let p = offset;
  const end = offset + size;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("broken central directory");
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen > end) throw new ZipFormatError("broken central directory");
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      encrypted: (buf.readUInt16LE(p + 8) & 1) === 1,
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64(entry, buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflates one part, never producing more than it declared. */
export function inflateEntry(buf: Buffer, e: ZipEntry): Buffer {
  const h = e.localOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL) throw new ZipFormatError(`no local header for ${e.name}`);
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (start + e.compressedSize > buf.length) throw new ZipFormatError(`${e.name} is cut short`);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw new ZipFormatError(`${e.name}: stored sizes differ`);
    return data;
  }
  if (e.method !== 8) throw new ZipFormatError(`${e.name}: unsupported compression method ${e.method}`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new ZipSizeLieError(`${e.name} unpacks to more than it declares`);
    throw new ZipFormatError(`${e.name}: ${(err as Error).message}`);
  }
  if (out.length !== e.uncompressedSize) throw new ZipFormatError(`${e.name}: size differs from its declaration`);
  return out;
}
