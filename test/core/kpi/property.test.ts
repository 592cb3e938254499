/** Whatever the KPI sheets hold, the score stays within its bounds and the kpi rules never throw. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXCEL_ERRORS, REFERENCE, RULES, parseWorkbook, scoreKpis, type CellValue } from "../../../core";
import { runRule } from "../rules/tester";
import { workbookGrids } from "../../helpers/grids";
import { INFO, kpiWorkbook } from "./fixtures";

const kpiRules = RULES.filter((r) => r.criterion === "kpi");

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: 39_000, max: 40_500 }),
  fc.constantFrom(...EXCEL_ERRORS, "3.6", "1.1", "1.2", "5.1", "ผ่าน", "ไม่ผ่าน", "15 ม.ค. 52", "31 ธ.ค. 51", "100%", "ใช่", " "),
  fc.string({ maxLength: 20 }),
);
const row = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, cell])));
const kpiRow = row(["kpiId", "step", "level", "dueDate", "doneDate", "evidence", "percent", "verdict", "assessor"]);
const meetingRow = row(["kpiId", "meetingNo", "date", "minutesRef"]);

describe("KPI scoring on arbitrary sheets", () => {
  it("scores between the floor and 5, weights by 3 %, and every kpi rule runs", () => {
    fc.assert(
      fc.property(
        fc.array(kpiRow, { maxLength: 12 }),
        fc.array(meetingRow, { maxLength: 8 }),
        fc.constantFrom("ตราด", "ขอนแก่น", "Trat", "", "กลุ่มจังหวัดภาคตะวันออก"),
        fc.boolean(),
        (kpi, kpiMeetings, province, withRealRows) => {
          const base = kpiWorkbook({ info: { ...INFO, province } });
          const input = { ...base, kpi: withRealRows ? [...base.kpi!, ...kpi] : kpi, kpiMeetings };
          const model = parseWorkbook(workbookGrids(input));
          const results = scoreKpis(model, REFERENCE);
          // FY 2552 has exactly one KPI (3.6), whatever the rows say.
          expect(results).toHaveLength(1);
          for (const r of results) {
            if (!r.assessed) {
              expect([r.level, r.score, r.weighted]).toEqual([null, null, null]);
              continue;
            }
            expect(r.level).toBeGreaterThanOrEqual(0);
            expect(r.level).toBeLessThanOrEqual(5);
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(5);
            expect(r.weighted).toBeCloseTo((r.score! * 3) / 100, 10);
            // Cumulative: the met levels are exactly 1..level.
            expect(r.levels.filter((l) => l.met).map((l) => l.level)).toEqual(Array.from({ length: r.level! }, (_, i) => i + 1));
          }
          for (const rule of kpiRules) for (const rep of runRule(rule, model)) expect(rep.cell).toMatch(/^[A-Z]+\d+$/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
