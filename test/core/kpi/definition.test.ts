import { describe, expect, it } from "vitest";
import { KPI_3_6_2552, KPI_DEFINITIONS, definitionsFor } from "../../../core/kpi";
import { REFERENCE } from "../../../core";

describe("KPI 3.6 of FY2552 as data", () => {
  it("has weight 3 %, five levels, no part credit and a floor of 0", () => {
    expect(KPI_3_6_2552).toMatchObject({ id: "3.6", fiscalYear: 2552, weight: 3, partialCredit: "none", floor: 0 });
    expect(KPI_3_6_2552.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(KPI_3_6_2552.title.th).toBe("ระดับความสำเร็จของการดำเนินการตามแผนงานด้านความมั่นคงชายแดนและชายฝั่งทะเล");
  });

  it("keeps the step codes, kinds and due dates the template's formulas use", () => {
    const steps = KPI_3_6_2552.steps.map((s) => [s.code, s.level, s.kind, s.due ?? null]);
    expect(steps).toEqual([
      ["1.1", 1, "dated", "2009-01-15"],
      ["1.2", 1, "dated", "2009-01-15"],
      ["1.3", 1, "dated", "2009-01-15"],
      ["2.1", 2, "dated", "2009-04-07"],
      ["2.2", 2, "dated", null],
      ["3.1", 3, "percent", "2009-09-30"],
      ["3.2", 3, "quarterlyMeetings", null],
      ["4.1", 4, "dated", "2009-10-31"],
      ["5.1", 5, "verdict", null],
    ]);
    expect(KPI_3_6_2552.steps.find((s) => s.code === "1.2")?.requiresFlaggedProjects).toBe(true);
    expect(KPI_3_6_2552.steps.find((s) => s.code === "3.1")?.targetPercent).toBe(100);
    expect(KPI_3_6_2552.steps.find((s) => s.code === "3.2")?.perQuarter).toBe(1);
  });

  it("stores the assessed list: the 30 border provinces of 2009, ปัตตานี and the 23 coastal areas", () => {
    const { assessed } = KPI_3_6_2552;
    expect(new Set(assessed).size).toBe(assessed.length);
    for (const name of assessed) expect(REFERENCE.province(name)?.th).toBe(name);
    const border = REFERENCE.provinces.filter((p) => p.borders.length && !p.createdCE).map((p) => p.th);
    const coastal = REFERENCE.provinces.filter((p) => p.coast).map((p) => p.th);
    const union = new Set([...border, "ปัตตานี", ...coastal]);
    expect([...assessed].sort()).toEqual([...union].sort());
    expect(assessed).toHaveLength(44);
    expect(assessed).toContain("กรุงเทพมหานคร");
    expect(assessed).not.toContain("บึงกาฬ");
    expect(KPI_3_6_2552.assessedSource).toMatch(/30/);
  });

  it("is found by fiscal year", () => {
    expect(definitionsFor(2552)).toEqual([KPI_3_6_2552]);
    expect(definitionsFor(2553)).toEqual([]);
    expect(definitionsFor(null)).toEqual([]);
    expect(KPI_DEFINITIONS.every((d) => d.steps.every((s) => d.levels.some((l) => l.level === s.level)))).toBe(true);
  });
});
