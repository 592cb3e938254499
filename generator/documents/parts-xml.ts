/**
 * Serialises docx's formatter output ({ "w:p": [{ _attr }, …children] }) to
 * XML, the way docx itself writes it, so one province's blocks can be written
 * without packing the whole packet as one object tree.
 */
import type { Document } from "docx";
import { isParaSpec, isTableSpec, type Block } from "./blocks";
import { escapeXml as escape, paraXml, tableXml } from "./table-xml";

type Xmlable = Record<string, unknown>;

function attrs(a: Record<string, unknown>, out: string[]): void {
  for (const k in a) out.push(` ${k}="${escape(a[k])}"`);
}

function write(node: Xmlable, out: string[]): void {
  const name = Object.keys(node)[0];
  const values = node[name];
  const head: string[] = [`<${name}`];
  const body: string[] = [];
  let hasContent = false;
  if (values !== null && typeof values === "object") {
    const v = values as { _attr?: Record<string, unknown> };
    if (v._attr) attrs(v._attr, head);
    if (Array.isArray(values)) {
      hasContent = true;
      for (const child of values) {
        if (child !== null && typeof child === "object") {
          const c = child as Xmlable;
          if (Object.keys(c)[0] === "_attr") attrs(c._attr as Record<string, unknown>, head);
          else write(c, body);
        } else body.push(escape(child));
      }
    }
  } else if (values !== null) {
    hasContent = true;
    if (values !== undefined) body.push(escape(values));
  }
  out.push(head.join(""));
  if (!hasContent) out.push("/>");
  else out.push(">", body.join(""), `</${name}>`);
}

interface Preparable {
  prepForXml(context: unknown): Xmlable | undefined;
}

/** The XML of body parts (paragraphs, tables, table specs) in the context of a document that defines their styles. */
export function partsXml(parts: readonly Block[], doc: Document): string {
  const context = { file: doc, viewWrapper: doc.Document, stack: [] as unknown[] };
  const out: string[] = [];
  for (const p of parts) {
    if (isTableSpec(p)) tableXml(p, out);
    else if (isParaSpec(p)) paraXml(p, out);
    else {
      const x = (p as unknown as Preparable).prepForXml(context);
      if (x) write(x, out);
    }
  }
  return out.join("");
}
