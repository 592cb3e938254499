/** Where things are in the template: column letters from the schema, the info form's value cells. */
import { columnLetter, infoSheet, type SheetDef } from "../../core";

/** First data row of every table sheet (row 1 Thai headers, row 2 English keys). */
export const FIRST_DATA_ROW = 3;
/** The info form: row 1 is its header, fields from row 2, values in column B. */
export const INFO_FIRST_ROW = 2;

export function letterOf(sheet: SheetDef, key: string): string {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`column ${key} is not in sheet ${sheet.key}`);
  return columnLetter(i);
}

/** "B11": the value cell of an info field. */
export function infoValueCell(key: string): string {
  const i = infoSheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`info field ${key} is unknown`);
  return `B${INFO_FIRST_ROW + i}`;
}

/** 'ชื่อ แผ่นงาน'!$B$11: an absolute reference usable in formulas and defined names. */
export function absRef(sheetName: string, a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  const cell = m ? `$${m[1]}$${m[2]}` : a1;
  return `${quoteSheet(sheetName)}!${cell}`;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 'sheet'!$X:$X: a whole column, for COUNTIF over however many rows a planner fills. */
export function wholeColumn(sheetName: string, letter: string): string {
  return `${quoteSheet(sheetName)}!$${letter}:$${letter}`;
}
