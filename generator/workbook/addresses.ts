/**
 * Excel references for the template's formulas and defined names. Where
 * things are (rows, columns, the info form's cells) is declared in
 * core/schema/layout.ts; this module only spells references to them.
 */

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
