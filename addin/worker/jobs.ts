/**
 * The work behind the pane's engine, the same in its worker and in place
 * (tests, hosts without workers): a check reduced to what the pane shows,
 * and the Word export, document by document, reporting each step.
 */
import { bundledPack, checkGrids, criteriaChecked, type CheckResult, type Grid } from "../../core";
import { DEFAULT_LETTERHEAD, DOCUMENTS } from "../../generator/documents";
import { paneCeiling } from "../logic/ceiling";
import { DOCUMENT_KINDS, documentFileName, type DocumentKindId } from "../logic/documents";
import type { PaneResult } from "../logic/paneResult";
import { packDocx } from "./packDocx";
import type { ExportOptions, ExportStep } from "./protocol";

function slim(result: CheckResult): PaneResult {
  // The pane shows its own ceiling view (each project over it with its cell), not core's totals.
  const { model, ceiling: totals, ...rest } = result;
  void totals; // left out on purpose
  const fileNames = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k.id, fileNameOf(k.id, result)])) as PaneResult["fileNames"];
  const ceiling = paneCeiling(result);
  const pack = result.pack ? bundledPack(result.pack.id) : undefined;
  return {
    ...rest,
    fiscalYear: model.info.values.fiscalYear ?? null,
    fileNames,
    ...(pack ? { criteria: criteriaChecked(pack) } : {}),
    ...(ceiling ? { ceiling } : {}),
  };
}

const fileNameOf = (kind: DocumentKindId, result: CheckResult) => documentFileName(kind, result);

export function checkJob(grids: Grid[]): PaneResult {
  return slim(checkGrids(grids));
}

export async function exportJob(
  grids: Grid[],
  kinds: DocumentKindId[],
  options: ExportOptions,
  onStep: (step: ExportStep) => void,
  onDocument: (kind: DocumentKindId, name: string, bytes: Uint8Array) => void,
): Promise<void> {
  const total = kinds.length;
  onStep({ stage: "check", done: 0, total });
  const result = checkGrids(grids);
  const opts = { thaiDigits: options.thaiDigits, letterhead: options.letterhead ?? DEFAULT_LETTERHEAD, styles: options.styles };
  for (let i = 0; i < total; i++) {
    const kind = kinds[i];
    onStep({ stage: "build", kind, done: i, total });
    const spec = DOCUMENTS[kind].build(result, opts);
    onStep({ stage: "pack", kind, done: i, total });
    onDocument(kind, fileNameOf(kind, result), await packDocx(spec));
  }
}
