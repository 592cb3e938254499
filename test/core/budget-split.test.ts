import { describe, expect, it } from "vitest";
import { ceilingSplit, parseWorkbook } from "../../core";
import { workbookGrids } from "../helpers/grids";
import { validPlan } from "../helpers/validPlan";

/** The plan's province-budget projects, ranked, with a ceiling that fits only the first ones. */
function ranked(ceiling: number | null, change: (plan: ReturnType<typeof validPlan>) => void = () => {}) {
  const plan = validPlan();
  plan.info!.provinceCeiling = ceiling;
  plan.projects!.forEach((p, i) =>
    Object.assign(p, { budgetSource: "งบจังหวัด", kind: "ส่วนราชการ", decision: null, priority: i + 1, budget: 1_000_000 }),
  );
  change(plan);
  return ceilingSplit(parseWorkbook(workbookGrids(plan)));
}

describe("the ceiling split (ภายในกรอบวงเงิน / เกินกรอบวงเงิน / รับทราบ)", () => {
  it("takes projects in priority order up to the ceiling and puts the rest over it", () => {
    const s = ranked(3_500_000);
    expect(s.places).toEqual(["inside", "inside", "inside", "over", "over", "over"]);
    expect(s.inside).toEqual({ count: 3, budget: 3_000_000 });
    expect(s.over).toEqual({ count: 3, budget: 3_000_000 });
  });

  it("follows priority, not row order, and once one does not fit the later ones are over too", () => {
    const s = ranked(2_500_000, (plan) => {
      plan.projects![0].priority = 6;
      plan.projects![5].priority = 1;
      plan.projects![1].budget = 5_000_000;
    });
    // Priority 1 (row 6) fits; priority 2 (row 2, 5 MB) does not; every later priority is over.
    expect(s.places).toEqual(["over", "over", "over", "over", "over", "inside"]);
  });

  it("counts agency projects for information apart, and every project inside when no ceiling is given", () => {
    const s = ranked(null, (plan) => (plan.projects![2].forInformation = "ใช่"));
    expect(s.information).toEqual({ count: 1, budget: 1_000_000 });
    expect(s.inside.count).toBe(5);
    expect(s.over.count).toBe(0);
  });

  it("totals each place by kind and by strategic issue", () => {
    const s = ranked(3_500_000);
    const sum = (rows: typeof s.byIssue) => rows.reduce((a, r) => a + r.inside.count + r.over.count, 0);
    expect(sum(s.byIssue)).toBe(6);
    expect(s.byKind).toEqual([
      {
        key: "ส่วนราชการ",
        inside: { count: 3, budget: 3_000_000 },
        over: { count: 3, budget: 3_000_000 },
        information: { count: 0, budget: 0 },
      },
    ]);
  });
});
