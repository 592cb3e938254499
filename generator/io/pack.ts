/**
 * Packing document specs to .docx. docx packs a small shell (styles, footers,
 * section properties, one placeholder paragraph per section); the body XML of
 * each section is then written by partsXml, tables straight from their specs.
 * A committee packet streams its province sections into the zip one at a
 * time, so a national packet never holds its whole document tree or XML.
 */
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Packer, Paragraph, TextRun, type Document } from "docx";
import JSZip from "jszip";
import { buildPacketDocument, packetProvinceBlocks, toDocument, type DocOptions, type DocSpec, type PacketInput } from "../documents";
import { contextOf } from "../documents/document";
import { partsXml } from "./xml";

const slotText = (i: number) => `PHAEN-SECTION-SLOT-${i}-`;

/** The shell: the document with one placeholder paragraph for each section's body. */
function shellOf(spec: DocSpec): Document {
  return toDocument(spec, (_, i) => [new Paragraph({ children: [new TextRun(slotText(i))] })]);
}

/**
 * Cuts the shell's document.xml around each placeholder paragraph. docx puts
 * a section's properties in its last paragraph, so a placeholder's sectPr is
 * kept in an empty paragraph after the section's body.
 */
export function splitAtSlots(xml: string, count: number): { pieces: string[]; sectionEnds: string[] } {
  const pieces: string[] = [];
  const sectionEnds: string[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = xml.indexOf(slotText(i), from);
    if (at < 0) throw new Error(`document shell lacks placeholder ${i}`);
    const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
    const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
    pieces.push(xml.slice(from, start));
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(xml.slice(start, end));
    sectionEnds.push(sectPr ? `<w:p><w:pPr>${sectPr[0]}</w:pPr></w:p>` : "");
    from = end;
  }
  pieces.push(xml.slice(from));
  return { pieces, sectionEnds };
}

async function shellZip(spec: DocSpec): Promise<{ shell: Document; zip: JSZip; pieces: string[]; sectionEnds: string[] }> {
  const shell = shellOf(spec);
  const zip = await JSZip.loadAsync(await Packer.toBuffer(shell));
  const xml = await zip.file("word/document.xml")!.async("string");
  return { shell, zip, ...splitAtSlots(xml, spec.sections.length) };
}

/** One document to .docx bytes. */
export async function packDocument(spec: DocSpec): Promise<Buffer> {
  const { shell, zip, pieces, sectionEnds } = await shellZip(spec);
  const out: string[] = [pieces[0]];
  spec.sections.forEach((s, i) => out.push(partsXml(s.parts, shell), sectionEnds[i], pieces[i + 1]));
  zip.file("word/document.xml", out.join(""));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export interface PacketWriteOptions extends DocOptions {
  /** Called after each province is written (for a progress bar). */
  onProvince?: (done: number, total: number) => void;
}

/** Writes the packet .docx to `path`, streaming each province's XML into the zip. */
export async function writePacketFile(input: PacketInput, path: string, opts: PacketWriteOptions = {}): Promise<void> {
  const spec = buildPacketDocument(input, opts, []);
  const provincesAt = spec.sections.length - 1;
  const { shell, zip, pieces, sectionEnds } = await shellZip(spec);
  const ctx = contextOf(opts);
  const total = input.entries.length;
  async function* body() {
    yield Buffer.from(pieces[0]);
    for (let s = 0; s < spec.sections.length; s++) {
      if (s !== provincesAt) yield Buffer.from(partsXml(spec.sections[s].parts, shell));
      else
        for (let i = 0; i < total; i++) {
          yield Buffer.from(partsXml(packetProvinceBlocks(input.entries[i], ctx), shell));
          opts.onProvince?.(i + 1, total);
        }
      yield Buffer.from(sectionEnds[s] + pieces[s + 1]);
    }
  }
  zip.file("word/document.xml", Readable.from(body(), { objectMode: false }));
  const out = zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 6 } });
  await pipeline(out, createWriteStream(path));
}
