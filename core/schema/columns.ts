import type { Criterion } from "../criteria";
import type { EnumKey } from "./enums";

/** The kinds of value a column holds; each has one reader in the parser. */
export type ColumnType = "text" | "code" | "integer" | "number" | "money" | "percent" | "date" | "year" | "enum" | "bool" | "list";

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
  /** Criteria (DOMAIN.md numbers or rule families) that read this column. */
  criteria: readonly Criterion[];
}

/** A typed cell value after parsing: dates are ISO yyyy-mm-dd (Gregorian). */
export type ValueOf<T extends ColumnType> = T extends "text" | "code" | "enum"
  ? string
  : T extends "integer" | "number" | "money" | "percent" | "year"
    ? number
    : T extends "date"
      ? string
      : T extends "bool"
        ? boolean
        : T extends "list"
          ? string[]
          : never;

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  text: 40,
  code: 12,
  integer: 12,
  number: 14,
  money: 18,
  percent: 12,
  date: 16,
  year: 10,
  enum: 22,
  bool: 12,
  list: 18,
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
    width: opts.width ?? DEFAULT_WIDTH[type],
    help: opts.help ?? "",
    criteria: opts.criteria ?? [],
  };
}

export function choice<K extends string>(key: K, th: string, en: string, enumKey: EnumKey, opts: ColumnOptions = {}): ColumnDef<K, "enum"> {
  return { ...col(key, th, en, "text", opts), type: "enum", enumKey, width: opts.width ?? DEFAULT_WIDTH.enum };
}

export function yesNo<K extends string>(key: K, th: string, en: string, opts: ColumnOptions = {}): ColumnDef<K, "bool"> {
  return { ...col(key, th, en, "text", opts), type: "bool", enumKey: "yesNo", width: opts.width ?? DEFAULT_WIDTH.bool };
}
