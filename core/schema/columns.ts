import type { Criterion } from "../criteria";
import type { EnumKey } from "./enums";

/** The kinds of value a column holds; each has one reader in the parser. */
export type ColumnType = keyof ColumnValues;

export interface ColumnDef<K extends string = string, T extends ColumnType = ColumnType> {
  key: K;
  /** Thai header, as printed in the template's first header row. */
  th: string;
  /** English header, for the English interface and docs. */
  en: string;
  type: T;
  required: boolean;
  enumKey?: EnumKey;
  /** Column width in characters in the template (Thai text is wide). */
  width: number;
  /** A sentence for the instructions sheet: what to type. */
  help: string;
  /** Criteria (DOMAIN.md numbers or rule families) that read this column: a misspelt one does not compile. */
  criteria: readonly Criterion[];
}

/** A typed cell value after parsing, per column type: dates are ISO yyyy-mm-dd (Gregorian). */
export interface ColumnValues {
  text: string;
  code: string;
  integer: number;
  number: number;
  money: number;
  percent: number;
  date: string;
  year: number;
  enum: string;
  bool: boolean;
  list: string[];
}
export type ValueOf<T extends ColumnType> = ColumnValues[T];

/**
 * Everything that depends only on a column's type, one entry per type: the
 * compiler refuses a new type until each of its facts is given.
 * `expected`: what the parser says a cell should hold when it cannot read it;
 * `label`: the type as the instructions sheet names it;
 * `width`: the template column width (characters) unless a column says otherwise.
 */
export const COLUMN_TYPES: Record<ColumnType, { expected: { th: string; en: string }; label: string; width: number }> = {
  text: { expected: { th: "ข้อความ", en: "text" }, label: "ข้อความ", width: 40 },
  code: { expected: { th: "รหัส", en: "a code" }, label: "รหัส", width: 12 },
  integer: { expected: { th: "จำนวนเต็ม", en: "a whole number" }, label: "จำนวนเต็ม", width: 12 },
  number: { expected: { th: "ตัวเลข", en: "a number" }, label: "ตัวเลข", width: 14 },
  money: { expected: { th: "จำนวนเงิน (บาท)", en: "an amount in baht" }, label: "จำนวนเงิน (บาท)", width: 18 },
  percent: { expected: { th: "ร้อยละ", en: "a percentage" }, label: "ร้อยละ (0–100)", width: 12 },
  date: {
    expected: { th: "วันที่ (เช่น 15 ม.ค. 52 หรือ 15/01/2552)", en: "a date (e.g. 15/01/2552)" },
    label: "วันที่ (แสดงเป็น พ.ศ.)",
    width: 16,
  },
  year: { expected: { th: "ปี พ.ศ.", en: "a BE year" }, label: "ปี พ.ศ.", width: 10 },
  enum: { expected: { th: "ค่าจากรายการ", en: "a value from the list" }, label: "เลือกจากรายการ", width: 22 },
  bool: { expected: { th: "ใช่ หรือ ไม่ใช่", en: "yes or no" }, label: "ใช่/ไม่ใช่", width: 12 },
  list: { expected: { th: "รายการรหัส", en: "a list of codes" }, label: "รายการรหัส คั่นด้วยจุลภาค", width: 18 },
};

interface ColumnOptions {
  required?: boolean;
  width?: number;
  help?: string;
  criteria?: readonly Criterion[];
}

export function col<K extends string, T extends Exclude<ColumnType, "enum" | "bool">>(
  key: K,
  th: string,
  en: string,
  type: T,
  opts: ColumnOptions = {},
): ColumnDef<K, T> {
  return {
    key,
    th,
    en,
    type,
    required: opts.required ?? false,
    width: opts.width ?? COLUMN_TYPES[type].width,
    help: opts.help ?? "",
    criteria: opts.criteria ?? [],
  };
}

export function choice<K extends string>(key: K, th: string, en: string, enumKey: EnumKey, opts: ColumnOptions = {}): ColumnDef<K, "enum"> {
  return { ...col(key, th, en, "text", opts), type: "enum", enumKey, width: opts.width ?? COLUMN_TYPES.enum.width };
}

export function yesNo<K extends string>(key: K, th: string, en: string, opts: ColumnOptions = {}): ColumnDef<K, "bool"> {
  return { ...col(key, th, en, "text", opts), type: "bool", enumKey: "yesNo", width: opts.width ?? COLUMN_TYPES.bool.width };
}
