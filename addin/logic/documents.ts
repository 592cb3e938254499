/**
 * The Word documents the pane can build: core's one table of document kinds
 * (the same list, names and file names as the CLI's), built and packed in the
 * pane's worker (worker/jobs.ts).
 */
import { DOCUMENT_KIND_LIST, type DocKind } from "../../core";

export { documentFileName, type DocumentKind } from "../../core";
export type DocumentKindId = DocKind;
export const DOCUMENT_KINDS = DOCUMENT_KIND_LIST;
