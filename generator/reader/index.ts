/**
 * The CLI's workbook reader: safety gate, then exceljs's normal reader, then
 * grids for core. It only ever reads the file.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core";
import { UserError } from "../cli/errors";
import { gateWorkbookFile } from "./gate";
import { gridsFromWorkbook } from "./grids";
import { LIMITS, type Limits } from "./limits";

export { LIMITS, type Limits } from "./limits";
export { gateWorkbookBytes, gateWorkbookFile } from "./gate";
export { gridsFromWorkbook, gridFromWorksheet, toCellValue, serialFromDate } from "./grids";

export async function loadWorkbook(file: string, limits: Limits = LIMITS): Promise<ExcelJS.Workbook> {
  const bytes = await gateWorkbookFile(file, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0].slice(0, 100);
    throw new UserError(`อ่านสมุดงานไม่ได้ (${why})`, `cannot read the workbook (${why})`, file);
  }
  return wb;
}

/** Reads one .xlsx file into grids; a file that cannot be read throws a UserError (exit 2). */
export async function readWorkbookFile(file: string, limits: Limits = LIMITS): Promise<Grid[]> {
  return gridsFromWorkbook(await loadWorkbook(file, limits));
}
