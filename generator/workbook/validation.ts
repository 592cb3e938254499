/**
 * Data validation of the template: dropdowns for every enumeration and yes/no
 * column, real-date checks on date columns, whole numbers where the schema
 * wants them. Always on bounded ranges (the template's rows), never whole
 * columns, so files stay small and Excel stays fast.
 */
import type ExcelJS from "exceljs";
import { choiceValues, serialFromIso, type ColumnDef, type ColumnType, type PackChoices, type WorkbookFeature } from "../../core";

/** Excel refuses inline lists longer than this. */
const MAX_INLINE_LIST = 255;

/** The dropdown's values: the pack's list where it declares one, else the options a workbook with these pack features offers. */
export function enumListFormula(col: ColumnDef, features: readonly WorkbookFeature[] = [], choices: PackChoices = {}): string {
  const values = choiceValues(col.enumKey ?? "yesNo", features, choices);
  const list = values.join(",");
  if (values.some((v) => v.includes(",") || v.includes('"')) || list.length + 2 > MAX_INLINE_LIST) {
    throw new Error(`enumeration ${col.enumKey} cannot be an inline dropdown list`);
  }
  return `"${list}"`;
}

/** Plausible dates: 1 ม.ค. 2500 … 31 ธ.ค. 2599, as serials (both Excel and LibreOffice read those). */
const DATE_MIN = serialFromIso("1957-01-01");
const DATE_MAX = serialFromIso("2056-12-31");

type Rule = Omit<ExcelJS.DataValidation, "promptTitle" | "prompt" | "showInputMessage">;

function dropdown(col: ColumnDef, features: readonly WorkbookFeature[], choices: PackChoices): Rule {
  return {
    type: "list",
    allowBlank: true,
    formulae: [enumListFormula(col, features, choices)],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "ค่าไม่อยู่ในรายการ",
    error: `เลือกจากรายการ: ${choiceValues(col.enumKey ?? "yesNo", features, choices).join(" / ")}`.slice(0, 250),
  };
}

function wholeNumber(error: string): Rule {
  return {
    type: "whole",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "ต้องเป็นจำนวนเต็ม",
    error,
  };
}

function decimal(error: string): Rule {
  return {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "ต้องเป็นตัวเลข",
    error,
  };
}

/** Each column type's validation, or none for free text. */
const RULES: Record<ColumnType, ((col: ColumnDef, features: readonly WorkbookFeature[], choices: PackChoices) => Rule) | undefined> = {
  text: undefined,
  code: undefined,
  list: undefined,
  enum: dropdown,
  bool: dropdown,
  date: () => ({
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [DATE_MIN, DATE_MAX],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "ต้องเป็นวันที่",
    error: "พิมพ์วันที่ เช่น 15/1/2009 หรือ 15 ม.ค. 2552 (ระบบแสดงเป็น พ.ศ.) / enter a real date",
  }),
  integer: () => wholeNumber("พิมพ์จำนวนเต็มไม่ติดลบ"),
  year: () => wholeNumber("พิมพ์ปี พ.ศ. เช่น 2552"),
  money: () => decimal("พิมพ์จำนวนเงินเป็นบาท (ตัวเลข)"),
  number: () => decimal("พิมพ์ตัวเลข"),
  percent: () => decimal("พิมพ์ตัวเลข"),
};

/** The validation a column gets, or undefined for free text. */
export function validationFor(
  col: ColumnDef,
  features: readonly WorkbookFeature[] = [],
  choices: PackChoices = {},
): ExcelJS.DataValidation | undefined {
  const rule = RULES[col.type]?.(col, features, choices);
  if (!rule) return undefined;
  return { ...rule, showInputMessage: true, promptTitle: col.th.slice(0, 32), prompt: (col.help || col.en).slice(0, 250) };
}

/** Applies a column's validation to rows first..last of one column (a bounded range). */
export function validateRange(
  ws: ExcelJS.Worksheet,
  letter: string,
  first: number,
  last: number,
  col: ColumnDef,
  features: readonly WorkbookFeature[] = [],
  choices: PackChoices = {},
): void {
  const v = validationFor(col, features, choices);
  if (!v || last < first) return;
  const ref = first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
  validations(ws).add(ref, v);
}

/** exceljs supports range validations but its typings omit the collection. */
function validations(ws: ExcelJS.Worksheet) {
  return (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void; model: Record<string, unknown> } })
    .dataValidations;
}

/** Replaces a loaded sheet's validation of rows first..last of one column (exceljs reads a range back cell by cell). */
export function revalidateRange(
  ws: ExcelJS.Worksheet,
  letter: string,
  first: number,
  last: number,
  col: ColumnDef,
  features: readonly WorkbookFeature[],
  choices: PackChoices,
): void {
  const v = validationFor(col, features, choices);
  if (!v) return;
  const dv = validations(ws);
  for (const key of Object.keys(dv.model)) if (key.includes(":") && key.replace(/\d+/g, "") === `${letter}:${letter}`) delete dv.model[key];
  for (let r = first; r <= last; r++) dv.model[`${letter}${r}`] = v;
}
