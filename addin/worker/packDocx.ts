/**
 * A document spec to .docx bytes in the browser, the way the CLI packs it
 * (generator/io/pack.ts): docx packs only a small shell, the body XML is
 * written straight from the specs (generator/documents/parts-xml.ts), and fflate zips the
 * parts. Packing a 5,000-project document through docx's object tree alone
 * takes over 30 s; this takes about two.
 */
import { Packer } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { DocSpec } from "../../generator/documents";
import { DOCUMENT_PART, FONT_TABLE_PART, shellOf, splitAtSlots, withThaiFont } from "../../generator/documents/shell";
import { partsXml } from "../../generator/documents/parts-xml";

export async function packDocx(spec: DocSpec): Promise<Uint8Array> {
  const doc = shellOf(spec);
  const shell = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const { pieces, sectionEnds } = splitAtSlots(strFromU8(shell[DOCUMENT_PART]), spec.sections.length);
  const xml: string[] = [pieces[0]];
  spec.sections.forEach((s, i) => xml.push(partsXml(s.parts), sectionEnds[i], pieces[i + 1]));
  const parts: Zippable = {};
  for (const [name, data] of Object.entries(shell))
    parts[name] = name === DOCUMENT_PART ? strToU8(xml.join("")) : name === FONT_TABLE_PART ? strToU8(withThaiFont(strFromU8(data))) : data;
  return zipSync(parts, { level: 6 });
}
