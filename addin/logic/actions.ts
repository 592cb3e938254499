/** The pane's two workbook actions, composed from the port and the check engine. */
import type { PaneEngine } from "../worker/engine";
import { NO_TEMPLATE, userError } from "./errors";
import type { PaneResult } from "./paneResult";
import type { WorkbookPort, WorkbookRead } from "./port";
import { compareWithFormula, findingsSheet, kpi36, scoreSheet, type FormulaDifference } from "./results";

export interface CheckOutcome {
  result: PaneResult;
  differences: FormulaDifference[];
}

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
  await port.writeOwnedSheets([findingsSheet(result.findings)]);
  return outcome;
}

/** คำนวณคะแนน: reads, scores, replaces the คะแนน sheet (with any differences from the template's formulas). */
export async function computeScore(port: WorkbookPort, engine: PaneEngine): Promise<CheckOutcome> {
  const read = await readPlan(port);
  const result = await engine.check(read.grids);
  const differences = compareWithFormula(kpi36(result), read.formulaKpi, result.findings);
  await port.writeOwnedSheets([scoreSheet(result.kpi, differences, result)]);
  return { result, differences };
}
