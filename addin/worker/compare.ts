/**
 * เทียบกับฉบับก่อน, the work behind it (in the pane's worker, or in place):
 * the earlier version the planner picked is read from its bytes through the
 * safety gate, with the gate's own grid reader (no exceljs, nothing leaves
 * the machine), both versions are checked and compared as `phaen diff`
 * compares them, and the comparison is built as the Word ตารางเปรียบเทียบ.
 */
import { checkGrids, KNOWN_SHEET_NAMES, safeFileName, UserError, type Grid } from "../../core";
import { diffPlans, sameProvince, type PlanDiff } from "../../core/diff";
import { DEFAULT_LETTERHEAD } from "../../generator/documents";
import { buildComparisonDocument, COMPARISON_TITLE } from "../../generator/documents/diff";
import { gateWorkbook, gridsFromGated } from "../../generator/gate";
import { packDocx } from "./packDocx";
import type { ExportOptions } from "./protocol";

/** An earlier version of the workbook, as the planner picked it. */
export interface EarlierFile {
  name: string;
  bytes: Uint8Array;
}

/** How the open workbook is named in the comparison when Office gives no file name. */
export const OPEN_WORKBOOK = "สมุดงานที่เปิดอยู่";

export interface CompareOptions {
  /** Compare workbooks of two provinces (the CLI's --any-province). */
  anyProvince: boolean;
  /** The open workbook's file name; OPEN_WORKBOOK when absent. */
  label?: string;
}

const named = (province: string, fallback: string) => province || fallback;

/** Reads the earlier file; a hostile or unreadable one is the gate's refusal (a UserError naming the file). */
export function readEarlier(file: EarlierFile): Grid[] {
  return gridsFromGated(file.name, gateWorkbook(file.name, file.bytes, { valuesOnly: true }));
}

const TEMPLATE_SHEETS = new Set(KNOWN_SHEET_NAMES);

export function compareJob(earlier: EarlierFile, grids: Grid[], { anyProvince, label }: CompareOptions): PlanDiff {
  const earlierGrids = readEarlier(earlier);
  // A workbook with none of the template's sheets is the wrong file, not a plan with every project removed.
  if (!earlierGrids.some((g) => TEMPLATE_SHEETS.has(g.sheet.trim())))
    throw new UserError(
      "ไฟล์ที่เลือกไม่ใช่แผนที่ใช้แม่แบบ (ไม่พบแผ่นงาน เช่น ข้อมูลทั่วไป, โครงการ) เลือกไฟล์แผนฉบับก่อน",
      "the file chosen is not a plan made from the template (no sheet such as ข้อมูลทั่วไป, โครงการ): choose the earlier version of the plan",
      earlier.name,
    );
  const older = checkGrids(earlierGrids);
  const newer = checkGrids(grids);
  if (!anyProvince && !sameProvince(older, newer))
    throw new UserError(
      `เป็นแผนต่างจังหวัดกัน (ไฟล์ที่เลือกเป็นของ ${named(older.province, "ไม่ระบุ")} สมุดงานที่เปิดอยู่เป็นของ ${named(newer.province, "ไม่ระบุ")}) เลือก “เทียบต่างจังหวัดได้” หากตั้งใจเปรียบเทียบ`,
      `the workbooks are of different provinces (the file chosen is ${named(older.province, "unnamed")}, the open workbook ${named(newer.province, "unnamed")}); tick “Compare across provinces” to compare them anyway`,
      earlier.name,
    );
  return diffPlans({ label: earlier.name, result: older }, { label: label || OPEN_WORKBOOK, result: newer });
}

/** "ตราด-2553-ตารางเปรียบเทียบแผนและโครงการ.docx". */
export function comparisonFileName(diff: PlanDiff): string {
  const { province, fiscalYear } = diff.newer;
  return safeFileName(`${province || "ไม่ระบุจังหวัด"}-${fiscalYear ?? "ไม่ระบุปี"}-${COMPARISON_TITLE}`, ".docx");
}

export async function exportComparisonJob(diff: PlanDiff, options: ExportOptions): Promise<{ name: string; bytes: Uint8Array }> {
  const spec = buildComparisonDocument(diff, {
    thaiDigits: options.thaiDigits,
    letterhead: options.letterhead ?? DEFAULT_LETTERHEAD,
    styles: options.styles,
  });
  return { name: comparisonFileName(diff), bytes: await packDocx(spec) };
}
