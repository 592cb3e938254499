/** The pane's two workbook actions, composed from the port and the core check. */
import type { CheckResult } from "../../core";
import { checkInPlace, type Checker } from "./checker";
import type { WorkbookPort } from "./port";
import { compareWithFormula, findingsSheet, kpi36, scoreSheet, type FormulaDifference } from "./results";

export interface CheckOutcome {
  result: CheckResult;
  differences: FormulaDifference[];
}

/** ตรวจสอบ: reads the workbook, checks it, replaces the ผลการตรวจ sheet. */
export async function runCheck(port: WorkbookPort, check: Checker = checkInPlace): Promise<CheckOutcome> {
  const read = await port.readWorkbook();
  const result = await check(read.grids);
  await port.writeOwnedSheets([findingsSheet(result.findings)]);
  return { result, differences: compareWithFormula(kpi36(result), read.formulaKpi) };
}

/** คำนวณคะแนน: reads, scores, replaces the คะแนน sheet (with any differences from the template's formulas). */
export async function computeScore(port: WorkbookPort, check: Checker = checkInPlace): Promise<CheckOutcome> {
  const read = await port.readWorkbook();
  const result = await check(read.grids);
  const differences = compareWithFormula(kpi36(result), read.formulaKpi);
  await port.writeOwnedSheets([scoreSheet(result.kpi, differences)]);
  return { result, differences };
}
