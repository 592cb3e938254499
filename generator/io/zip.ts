/**
 * A small zip writer on Node's zlib (C), several times faster than the pure
 * JavaScript deflate inside jszip. Parts are added whole or streamed (with a
 * data descriptor, so a streamed part's size need not be known first).
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  flags: number;
}

const LEVEL = 6;
/**
 * A streamed part (a national packet's body, tens of megabytes of XML) is
 * deflated at a faster level, in large chunks, with room to queue a few
 * provinces: the next province's XML is made while zlib's thread deflates
 * the last one, instead of the two taking turns.
 */
const STREAM_LEVEL = 3;
const STREAM_CHUNK = 1 << 20;
const STREAM_QUEUE = 16 << 20;
const DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly stamp = dosDateTime(new Date());

  /** The output's first error (a full disk): every later write, and finish, rethrow it instead of hanging. */
  private failure: Error | undefined;

  constructor(private readonly out: Writable) {
    out.on("error", (e: Error) => {
      this.failure ??= e;
    });
  }

  private async write(buf: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.offset += buf.length;
    if (!this.out.write(buf)) await once(this.out, "drain");
  }

  private localHeader(name: Buffer, flags: number, crc: number, compressed: number, size: number): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  }

  /** Adds a whole part, deflated. */
  async add(path: string, data: Buffer | string): Promise<void> {
    const raw = typeof data === "string" ? Buffer.from(data) : data;
    const name = Buffer.from(path);
    const deflated = deflateRawSync(raw, { level: LEVEL });
    const entry = { name, crc: crc32(raw), compressed: deflated.length, size: raw.length, offset: this.offset, flags: UTF8_FLAG };
    this.entries.push(entry);
    await this.write(this.localHeader(name, entry.flags, entry.crc, entry.compressed, entry.size));
    await this.write(deflated);
  }

  /** Adds a part from chunks as they are made, deflating on the way. */
  async addStream(path: string, chunks: AsyncIterable<Buffer>): Promise<void> {
    const name = Buffer.from(path);
    const entry: Entry = { name, crc: 0, compressed: 0, size: 0, offset: this.offset, flags: UTF8_FLAG | DESCRIPTOR_FLAG };
    this.entries.push(entry);
    await this.write(this.localHeader(name, entry.flags, 0, 0, 0));
    const deflate = createDeflateRaw({ level: STREAM_LEVEL, chunkSize: STREAM_CHUNK });
    const pump = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        entry.compressed += out.length;
        await this.write(out);
      }
    })();
    for await (const chunk of chunks) {
      entry.crc = crc32(chunk, entry.crc);
      entry.size += chunk.length;
      if (!deflate.write(chunk) && deflate.writableLength > STREAM_QUEUE) await once(deflate, "drain");
    }
    deflate.end();
    await pump;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(entry.crc, 4);
    d.writeUInt32LE(entry.compressed, 8);
    d.writeUInt32LE(entry.size, 12);
    await this.write(d);
  }

  /** Writes the central directory and ends the output stream. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(e.flags, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((done, fail) => {
      if (this.failure) return fail(this.failure);
      this.out.once("error", fail);
      this.out.end(() => (this.failure ? fail(this.failure) : done()));
    });
  }
}

/**
 * The parts of a zip made in this process (docx's shell), in order. Reads the
 * central directory; stored and deflated parts only, no zip64.
 */
export function readZip(buf: Buffer): [string, Buffer][] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts: [string, Buffer][] = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + compressed);
    if (!name.endsWith("/")) parts.push([name, method === 8 ? inflateRawSync(data) : Buffer.from(data)]);
    at += 46 + skip;
  }
  return parts;
}
