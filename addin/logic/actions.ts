/** The pane's two workbook actions, composed from the port and the check engine. */
import type { PaneEngine } from "../worker/engine";
import { NO_TEMPLATE, userError } from "./errors";
import type { PaneResult } from "./paneResult";
import { FINDINGS_SHEET, SCORE_SHEET, type WorkbookPort, type WorkbookRead } from "./port";
import { compareWithFormula, findingsSheet, kpi36, scoreSheet, type FormulaDifference } from "./results";

export interface CheckOutcome {
  result: PaneResult;
  differences: FormulaDifference[];
  /** Where the add-in's sheet went when it is not its own name: beside a planner's sheet of that name. */
  besidePlanners?: string;
}

/** The sheet written, when a planner's own sheet of the add-in's name made it go beside it. */
const beside = (written: string[] | void, name: string) => (written && written[0] && written[0] !== name ? written[0] : undefined);

/** Reads the workbook; a workbook without any template sheet is a planner's mistake with a fix, not a list of findings. */
export async function readPlan(port: WorkbookPort): Promise<WorkbookRead> {
  const read = await port.readWorkbook();
  if (!read.grids.some((g) => g.rows.length)) throw userError(NO_TEMPLATE);
  return read;
}

/** ตรวจสอบ: reads the workbook, checks it, replaces the ผลการตรวจ sheet; the score comes with it. */
export async function runCheck(port: WorkbookPort, engine: PaneEngine, show?: (o: CheckOutcome) => void): Promise<CheckOutcome> {
  const read = await readPlan(port);
  const result = await engine.check(read.grids);
  const outcome = { result, differences: compareWithFormula(kpi36(result), read.formulaKpi, result.findings) };
  // The planner sees the findings first; the sheet is written after.
  show?.(outcome);
  const written = await port.writeOwnedSheets([findingsSheet(result.findings)]);
  return { ...outcome, besidePlanners: beside(written, FINDINGS_SHEET) };
}

/** คำนวณคะแนน: reads, scores, replaces the คะแนน sheet (with any differences from the template's formulas). */
export async function computeScore(port: WorkbookPort, engine: PaneEngine): Promise<CheckOutcome> {
  const read = await readPlan(port);
  const result = await engine.check(read.grids);
  const differences = compareWithFormula(kpi36(result), read.formulaKpi, result.findings);
  const written = await port.writeOwnedSheets([scoreSheet(result.kpi, differences, result)]);
  return { result, differences, besidePlanners: beside(written, SCORE_SHEET) };
}
