/* global Blob */
/**
 * The Word documents the pane can build: core's DOCUMENT_KINDS (the same
 * list, names and file names as the CLI's). The builders and docx are loaded
 * on first use, so opening the pane stays quick.
 */
import type { CheckResult, DocKind } from "../../core";

export { DOCUMENT_KIND_LIST, documentFileName, type DocKind, type DocumentKind } from "../../core";

export type BuildDocument = (kind: DocKind, result: CheckResult) => Promise<Blob>;

/** Builds with the official built-in styles and letterhead (the CLI can also apply an edited templates/reference.docx). */
export const wordBuilder: BuildDocument = async (kind, result) => {
  const [{ buildDocument, DEFAULT_LETTERHEAD }, { Packer }] = await Promise.all([import("../../generator/documents"), import("docx")]);
  return Packer.toBlob(buildDocument(kind, result, { letterhead: DEFAULT_LETTERHEAD }));
};
