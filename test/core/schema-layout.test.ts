/**
 * The schema and its layout are declared once (core/schema): the plan model
 * has one table per table sheet, and every writer (the template, the add-in's
 * scaffold, the tests' miniature grids) puts headers, form fields, the version
 * and the defined names where core/schema/layout.ts says.
 */
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { scaffoldPlan } from "../../addin/logic/scaffold";
import {
  INFO_FORM,
  META_SHEET,
  NAMED_CELLS,
  SHEETS,
  TABLE_ROWS,
  TABLE_SHEETS,
  columnLetter,
  infoSheet,
  infoFieldRow,
  parseWorkbook,
  type CellValue,
} from "../../core";
import * as schema from "../../core/schema";
import { buildWorkbook } from "../../generator/workbook";
import { workbookGrids } from "../helpers/grids";

/** A cell's plain value as exceljs holds it (the template writes only strings and numbers in these cells). */
function valueAt(ws: ExcelJS.Worksheet, a1: string): CellValue {
  const v = ws.getCell(a1).value;
  return v === undefined ? null : (v as CellValue);
}

describe("the schema declared once", () => {
  it("lists every declared sheet in SHEETS, so none is declared and then left out of the workbook", () => {
    const declared = Object.entries(schema).filter(
      ([, v]) => typeof v === "object" && v !== null && "columns" in v && "layout" in v && "templateRows" in v,
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const [name, def] of declared) expect(SHEETS as readonly unknown[], `${name} is declared but not in SHEETS`).toContain(def);
  });

  it("gives the plan model exactly one table per table sheet, in template order", () => {
    const model = parseWorkbook(workbookGrids({}));
    expect(Object.keys(model)).toEqual(["templateVersion", "info", ...TABLE_SHEETS.map((s) => s.key), "parseIssues", "typedAsText"]);
    for (const def of TABLE_SHEETS)
      expect(model[def.key]).toMatchObject({ sheet: def.name, present: true, headerRow: TABLE_ROWS.thaiHeader });
  });

  it("lays out every sheet alike in the template, the add-in's scaffold and the tests' grids", () => {
    const template = buildWorkbook({ instructions: false });
    const scaffold = scaffoldPlan();
    const grids = workbookGrids({});
    for (const def of SHEETS) {
      const ws = template.getWorksheet(def.name)!;
      const scaffolded = scaffold.sheets.find((s) => s.name === def.name)!.rows;
      const grid = grids.find((g) => g.sheet === def.name)!.rows;
      // Value cells differ on purpose (the scaffold lists starter rows); the layout is the header and label cells.
      const headerRows = def.layout === "form" ? INFO_FORM.firstFieldRow - 1 : TABLE_ROWS.firstData - 1;
      expect(scaffolded.slice(0, headerRows)).toEqual(grid.slice(0, headerRows));
      if (def.layout === "table") {
        def.columns.forEach((c, i) => {
          expect(valueAt(ws, `${columnLetter(i)}${TABLE_ROWS.thaiHeader}`)).toBe(c.th);
          expect(valueAt(ws, `${columnLetter(i)}${TABLE_ROWS.keys}`)).toBe(c.key);
          expect(grid[TABLE_ROWS.keys - 1][i]).toBe(c.key);
        });
      }
    }
    for (const c of infoSheet.columns) {
      const row = infoFieldRow(c.key);
      expect(valueAt(template.getWorksheet(infoSheet.name)!, `${INFO_FORM.columns.key}${row}`)).toBe(c.key);
      expect(scaffold.sheets[0].rows[row - 1]).toEqual(grids[0].rows[row - 1]);
    }
    const meta = grids.find((g) => g.sheet === META_SHEET)!.rows;
    expect(scaffold.sheets.find((s) => s.name === META_SHEET)!.rows).toEqual(meta);
  });

  it("defines every named cell in the template, and in the scaffold those that hold no formula", () => {
    const names = buildWorkbook({ instructions: false }).definedNames.model.map((n) => [n.name, n.ranges[0]]);
    const quoted = (sheet: string, a1: string) => `'${sheet}'!${a1.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;
    expect(names).toEqual(Object.values(NAMED_CELLS).map((n) => [n.name, quoted(n.sheet, n.cell)]));
    const plain = Object.values(NAMED_CELLS).filter((n) => !("formula" in n));
    expect(scaffoldPlan().names).toEqual(plain.map((n) => ({ name: n.name, sheet: n.sheet, cell: n.cell })));
  });
});
