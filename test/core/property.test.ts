/**
 * Whatever a workbook holds, the parser and every rule return a result and
 * never throw: random sheet names, value types, Excel error values, blanks,
 * 10,000-character strings, missing sheets, and randomly damaged copies of
 * the valid plan.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXCEL_ERRORS, RULES, SHEETS, parseWorkbook, runRules, type CellValue, type Grid, type PlanModel } from "../../core";
import { workbookGrids } from "../helpers/grids";
import { validPlan } from "../helpers/validPlan";
import { runRule } from "./rules/tester";

const thaiText = fc.constantFrom("โครงการ", "ใช่", "ไม่ใช่", "15 ม.ค. 52", "๑๒๓", "ด้านเศรษฐกิจ", "ก.บ.จ.", "ประธาน", "P01", "1, 2", "S1", "N1");

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.string({ maxLength: 30 }),
  thaiText,
  fc.constant("ก".repeat(10_000)),
  fc.string({ minLength: 10_000, maxLength: 10_000 }),
);

const sheetName = fc.oneof(fc.constantFrom(...SHEETS.map((s) => s.name), "_meta", "Sheet1", ""), fc.string({ maxLength: 12 }));

/** A sheet: random cells, sometimes under a real sheet's header rows so that rows get parsed. */
const grid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: sheetName,
    topLeft: fc.constantFrom("A1", "B3", "Z100", "bogus"),
    header: fc.option(fc.constantFrom(...SHEETS), { nil: undefined }),
    rows: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }),
  })
  .map(({ sheet, topLeft, header, rows }) => {
    if (!header) return { sheet, topLeft, rows };
    const head = [header.columns.map((c) => c.th), header.columns.map((c) => c.key)];
    return { sheet: header.name, topLeft, rows: [...head, ...rows] };
  });

const RULE_IDS = new Set<string>(RULES.map((r) => r.id));

function everyRuleRuns(model: PlanModel): void {
  for (const rule of RULES) {
    // Directly, without runRules' safety net: a throw here fails the property.
    runRule(rule, model);
  }
  // Every finding names a catalogue rule, a severity and a cell a planner can go to; no rule failed.
  for (const f of runRules(model)) {
    expect(RULE_IDS.has(f.ruleId)).toBe(true);
    expect(["error", "warning", "info"]).toContain(f.severity);
    expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    expect(f.message).not.toMatch(/ตรวจเกณฑ์ .* ไม่สำเร็จ/);
  }
}

describe("robustness", () => {
  it("random grids: the parser and every rule never throw", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 8 }), (grids) => {
        everyRuleRuns(parseWorkbook(grids));
      }),
      { numRuns: 100 },
    );
  });

  it("the valid plan with random cells damaged and random sheets dropped: never throws", () => {
    const base = workbookGrids(validPlan());
    fc.assert(
      fc.property(
        fc.array(fc.record({ sheet: fc.nat(), row: fc.nat(), col: fc.nat(), value: cell }), { maxLength: 25 }),
        fc.array(fc.nat({ max: base.length - 1 }), { maxLength: 3 }),
        (edits, dropped) => {
          const grids = base.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
          for (const e of edits) {
            const g = grids[e.sheet % grids.length];
            const row = g.rows[e.row % g.rows.length];
            if (row) row[e.col % Math.max(1, row.length)] = e.value;
          }
          const model = parseWorkbook(grids.filter((_, i) => !dropped.includes(i)));
          everyRuleRuns(model);
        },
      ),
      { numRuns: 100 },
    );
  });
});
