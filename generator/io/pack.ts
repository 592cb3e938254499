/**
 * Packing document specs to .docx. docx packs a small shell (styles, footers,
 * section properties, one placeholder paragraph per section); the body XML of
 * each section is then written by partsXml, tables straight from their specs.
 * The shell is in ../documents/shell.ts (shared with the task pane). A committee packet streams its province sections into the zip one at a
 * time, so a national packet never holds its whole document tree or XML.
 */
import { Writable } from "node:stream";
import { Packer, type Document } from "docx";
import { buildPacketDocument, packetProvinceBlocks, type DocOptions, type DocSpec, type PacketInput } from "../documents";
import { contextOf } from "../documents/document";
import { escapeXml } from "../documents/table-xml";
import { DOCUMENT_PART, FONT_TABLE_PART, shellOf, splitAtSlots, withThaiFont } from "../documents/shell";
import { partsXml } from "../documents/parts-xml";
import { outputFs } from "./safe-write";
import { readZip, ZipWriter } from "./zip";

interface Shell {
  doc: Document;
  /** The shell's parts (styles, footers, relationships…) in order; null marks the document part. */
  parts: [string, Buffer | null][];
  pieces: string[];
  sectionEnds: string[];
}

/**
 * Shells differ only by their sections' orientations, contents field, styles,
 * page-number digits and title, so one is made per layout and the title patched in: five
 * documents of a province need three shells, not five.
 */
const SHELLS = new Map<string, Promise<Shell>>();
const SHELL_CACHE_SIZE = 16;

async function shellParts(spec: DocSpec): Promise<Shell> {
  const key = JSON.stringify([
    spec.sections.map((s) => [s.orientation, s.cover ?? false]),
    spec.properties ?? null,
    spec.toc,
    spec.options.styles ?? "",
    spec.options.thaiDigits ?? false,
  ]);
  let shell = SHELLS.get(key);
  if (!shell) {
    if (SHELLS.size >= SHELL_CACHE_SIZE) SHELLS.clear();
    shell = makeShell(spec);
    SHELLS.set(key, shell);
    shell.catch(() => SHELLS.delete(key));
  }
  const made = await shell;
  const title = Buffer.from(`<dc:title>${escapeXml(spec.title)}</dc:title>`);
  return {
    ...made,
    parts: made.parts.map(([name, data]): [string, Buffer | null] => [
      name,
      name === CORE_PART && data ? Buffer.from(data.toString("utf8").replace(/<dc:title>[^<]*<\/dc:title>/, title.toString("utf8"))) : data,
    ]),
  };
}

const CORE_PART = "docProps/core.xml";
async function makeShell(spec: DocSpec): Promise<Shell> {
  const doc = shellOf(spec);
  const parts: [string, Buffer | null][] = [];
  let xml = "";
  for (const [name, data] of readZip(await Packer.toBuffer(doc))) {
    if (name === DOCUMENT_PART) xml = data.toString("utf8");
    parts.push([name, name === DOCUMENT_PART ? null : name === FONT_TABLE_PART ? Buffer.from(withThaiFont(data.toString("utf8"))) : data]);
  }
  return { doc, parts, ...splitAtSlots(xml, spec.sections.length) };
}

/** Writes the shell's parts and the document part (from `body`) as a .docx to `out`. */
async function writeDocx(shell: Shell, body: AsyncIterable<Buffer>, out: Writable): Promise<void> {
  const zip = new ZipWriter(out);
  try {
    for (const [name, data] of shell.parts) await (data ? zip.add(name, data) : zip.addStream(name, body));
    await zip.finish();
  } catch (e) {
    // Close the file at once, so the caller can remove it (a full disk must leave nothing behind).
    out.destroy();
    throw e;
  }
}

/** One document to .docx bytes. */
export async function packDocument(spec: DocSpec): Promise<Buffer> {
  const shell = await shellParts(spec);
  const xml: string[] = [shell.pieces[0]];
  spec.sections.forEach((s, i) => xml.push(partsXml(s.parts), shell.sectionEnds[i], shell.pieces[i + 1]));
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeDocx(
    shell,
    (async function* () {
      yield Buffer.from(xml.join(""));
    })(),
    sink,
  );
  return Buffer.concat(chunks);
}

export interface PacketWriteOptions extends DocOptions {
  /** Called after each province is written (for a progress bar). */
  onProvince?: (done: number, total: number) => void;
}

/** Writes the packet .docx to `path`, streaming each province's XML into the zip. */
export async function writePacketFile(input: PacketInput, path: string, opts: PacketWriteOptions = {}): Promise<void> {
  const spec = buildPacketDocument(input, opts, []);
  const provincesAt = spec.sections.length - 1;
  const shell = await shellParts(spec);
  const { pieces, sectionEnds } = shell;
  const ctx = contextOf(opts);
  const total = input.entries.length;
  async function* body() {
    yield Buffer.from(pieces[0]);
    for (let s = 0; s < spec.sections.length; s++) {
      if (s !== provincesAt) yield Buffer.from(partsXml(spec.sections[s].parts));
      else
        for (let i = 0; i < total; i++) {
          yield Buffer.from(partsXml(packetProvinceBlocks(input, i, ctx)));
          opts.onProvince?.(i + 1, total);
        }
      yield Buffer.from(sectionEnds[s] + pieces[s + 1]);
    }
  }
  await writeDocx(shell, body(), outputFs.createWriteStream(path));
}
