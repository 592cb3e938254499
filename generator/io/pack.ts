/**
 * Packing documents to .docx. One province's documents go through docx's
 * Packer. A committee packet is packed in parts: docx packs a small shell
 * (styles, front matter, a placeholder), then word/document.xml is streamed
 * into the zip one province at a time, so a national packet never holds the
 * whole document tree or its XML in memory.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Packer, Paragraph, TextRun, type Document } from "docx";
import JSZip from "jszip";
import { buildPacketDocument, packetProvinceParts, type DocOptions, type PacketInput } from "../documents";
import { contextOf } from "../documents/document";
import { partsXml } from "./xml";

export function packDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

const SLOT = "PHAEN-PROVINCE-SECTIONS-SLOT";

/** Splits the shell's document.xml around the placeholder paragraph. */
export function splitAtSlot(xml: string): { head: string; tail: string } {
  const at = xml.indexOf(SLOT);
  if (at < 0) throw new Error("packet shell has no placeholder");
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return { head: xml.slice(0, start), tail: xml.slice(end) };
}

export interface PacketWriteOptions extends DocOptions {
  /** Called after each province is written (for a progress bar). */
  onProvince?: (done: number, total: number) => void;
  /** Deflate level 1–9 (6 by default). */
  level?: number;
}

/** Writes the packet .docx to `path`, streaming each province's XML into the zip. */
export async function writePacketFile(input: PacketInput, path: string, opts: PacketWriteOptions = {}): Promise<void> {
  const shell = buildPacketDocument(input, opts, [new Paragraph({ children: [new TextRun(SLOT)] })]);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(shell));
  const { head, tail } = splitAtSlot(await zip.file("word/document.xml")!.async("string"));
  const ctx = contextOf(opts);
  const total = input.entries.length;
  async function* parts() {
    yield Buffer.from(head);
    for (let i = 0; i < total; i++) {
      yield Buffer.from(partsXml(packetProvinceParts(input.entries[i], ctx), shell));
      opts.onProvince?.(i + 1, total);
    }
    yield Buffer.from(tail);
  }
  zip.file("word/document.xml", Readable.from(parts(), { objectMode: false }));
  const out = zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE", compressionOptions: { level: opts.level ?? 6 } });
  await pipeline(out, createWriteStream(path));
}
