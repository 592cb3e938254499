/**
 * The XML of a section's body parts. Every part is a spec (paragraph, table,
 * table of contents) that table-xml.ts writes as docx would, so one
 * province's blocks can be written without building docx objects.
 */
import { isParaSpec, isTableSpec, type Block } from "./blocks";
import { paraXml, tableXml, tocXml } from "./table-xml";

export function partsXml(parts: readonly Block[]): string {
  const out: string[] = [];
  for (const p of parts) {
    if (isTableSpec(p)) tableXml(p, out);
    else if (isParaSpec(p)) paraXml(p, out);
    else tocXml(p, out);
  }
  return out.join("");
}
