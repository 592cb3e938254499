import { describe, expect, it } from "vitest";
import { REFERENCE, parseWorkbook } from "../../../core";
import { KPI_3_6_2552, scoreKpi } from "../../../core/kpi";
import type { KpiDefinition } from "../../../core/kpi";
import { workbookGrids } from "../../helpers/grids";
import { doneThrough, INFO, kpiModel } from "./fixtures";

/** KPI 3.6 with the stepFraction option, which 3.6 itself does not use. */
const fractional: KpiDefinition = { ...KPI_3_6_2552, partialCredit: "stepFraction" };

describe("part credit: stepFraction", () => {
  it("adds the share of the next level's steps met, and shows the working", () => {
    // Level 2 reached; of level 3's two steps, the meetings (3.2) are held but 3.1 is not done.
    const r = scoreKpi(kpiModel({ steps: { "3.1": { percent: 60 }, "4.1": null, "5.1": null } }), REFERENCE, fractional);
    expect(r).toMatchObject({ level: 2, score: 2.5, weighted: 0.075, partialCredit: "stepFraction" });
    expect(r.working?.th).toBe("ผ่านระดับ 2 + ขั้นตอนของระดับ 3 ผ่าน 1 จาก 2 ขั้นตอน = 2 + 1/2 = 2.50");
    expect(r.working?.en).toBe("Level 2 + 1 of 2 steps of level 3 met = 2 + 1/2 = 2.50");
    expect(r.summary).toEqual({ th: "ผ่านระดับ 2 (คะแนน 2.50)", en: "Level 2 reached (score 2.50)" });
  });

  it("rounds the share to two decimals", () => {
    // Two of level 1's three steps met.
    const r = scoreKpi(kpiModel({ steps: { "1.3": { doneDate: "16 ม.ค. 52" } } }), REFERENCE, fractional);
    expect(r.level).toBe(0);
    expect(r.score).toBe(0.67);
    expect(r.working?.en).toContain("0 + 2/3 = 0.67");
    expect(r.summary.th).toBe("ไม่ผ่านระดับ 1 (คะแนน 0.67)");
  });

  it("gives whole levels when the next level has nothing met, and 5 at the top", () => {
    expect(scoreKpi(kpiModel(doneThrough(4)), REFERENCE, fractional).score).toBe(4);
    const top = scoreKpi(kpiModel(), REFERENCE, fractional);
    expect(top).toMatchObject({ level: 5, score: 5, weighted: 0.15 });
  });

  it("falls back to the definition's floor when nothing is met", () => {
    const empty = parseWorkbook(workbookGrids({ info: INFO }));
    expect(scoreKpi(empty, REFERENCE, fractional).score).toBe(0);
    expect(scoreKpi(empty, REFERENCE, { ...fractional, floor: 1 }).score).toBe(1);
    expect(scoreKpi(empty, REFERENCE, { ...KPI_3_6_2552, floor: 1 })).toMatchObject({ level: 0, score: 1, weighted: 0.03 });
  });

  it("is not applied by KPI 3.6 itself", () => {
    const r = scoreKpi(kpiModel({ steps: { "3.1": { percent: 60 }, "4.1": null, "5.1": null } }), REFERENCE, KPI_3_6_2552);
    expect(r).toMatchObject({ level: 2, score: 2, weighted: 0.06 });
    expect(r.working).toBeUndefined();
  });
});
