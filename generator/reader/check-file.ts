/** Reads one workbook file and runs core's check on it; never writes the file. */
import { checkGrids, TEMPLATE_VERSION, type CheckResult, type Pack } from "../../core";
import { describeUnexpected, UserError } from "../../core/errors";
import type { FileOutcome } from "../cli/report/outcome";
import { readWorkbookFile } from "./index";

/** Refuses a workbook made from a newer template than this release knows (its columns may mean something else). */
function refuseNewerTemplate(file: string, r: CheckResult): void {
  const newer = r.model.parseIssues.find((i) => i.kind === "newer-version");
  if (!newer) return;
  const v = newer.raw ?? newer.detail.en;
  throw new UserError(
    `สร้างจากแม่แบบรุ่น ${v} ซึ่งใหม่กว่ารุ่นที่โปรแกรมนี้รู้จัก (${TEMPLATE_VERSION}) กรุณาปรับปรุงโปรแกรม phaen`,
    `made from template version ${v}, newer than this release knows (${TEMPLATE_VERSION}): update phaen`,
    file,
  );
}

export interface CheckFileOptions {
  /** The rule pack (`--pack`); by default core picks the bundled pack covering the workbook's fiscal year. */
  pack?: Pack;
}

export async function checkWorkbookFile(file: string, opts: CheckFileOptions = {}): Promise<CheckResult> {
  const grids = await readWorkbookFile(file);
  const result = checkGrids(grids, { pack: opts.pack });
  refuseNewerTemplate(file, result);
  return result;
}

/** Like checkWorkbookFile, but an unreadable file becomes an outcome instead of a throw (a batch goes on). */
export async function checkOutcome(file: string, opts: CheckFileOptions = {}): Promise<FileOutcome> {
  try {
    const r = await checkWorkbookFile(file, opts);
    return {
      file,
      province: r.province,
      counts: r.counts,
      findings: r.findings,
      kpi: r.kpi,
      pack: r.pack,
      fiscalYear: r.model.info.values.fiscalYear,
      ...(r.ceiling ? { ceiling: r.ceiling } : {}),
    };
  } catch (e) {
    const error = describeUnexpected(e, file);
    return { file, error: error.file ? error : new UserError(error.th, error.en, file, error.exitCode) };
  }
}
