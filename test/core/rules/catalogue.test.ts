import { describe, expect, it } from "vitest";
import { parseWorkbook, runRules } from "../../../core";
import { criteriaRules } from "../../../core/rules/criteria";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

const THAI = /[\u0E00-\u0E7F]/;

describe("the criteria catalogue", () => {
  it("covers every numbered criterion and every rule family but kpi, with unique ids", () => {
    const criteria = new Set(criteriaRules.map((r) => r.criterion));
    for (const c of [
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "2.3",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
      "committee",
      "hearing",
      "process",
      "budget",
      "positioning",
      "data",
    ]) {
      expect(criteria.has(c as never), c).toBe(true);
    }
    const ids = criteriaRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of criteriaRules) expect(r.id.startsWith(`${r.criterion}/`), r.id).toBe(true);
  });

  it("gives every rule, message and fix in Thai and in English", () => {
    for (const r of criteriaRules) {
      expect(r.title.th, r.id).toMatch(THAI);
      expect(r.fix.th, r.id).toMatch(THAI);
      expect(r.title.en, r.id).toMatch(/[A-Za-z]/);
      expect(r.fix.en, r.id).toMatch(/[A-Za-z]/);
      for (const m of Object.values(r.messages)) {
        expect(m.th, r.id).toMatch(THAI);
        expect(m.en, r.id).toMatch(/[A-Za-z]/);
      }
    }
  });

  it("reports a 3.x/4.x finding once even though the 2.3 summary also ran that rule", () => {
    const plan = validPlan();
    plan.projects![0].budget = -1;
    plan.swot![2].evidence = "มาก";
    plan.swot![2].text = "น้ำไม่พอ";
    const findings = runRules(parseWorkbook(workbookGrids(plan)), { rules: criteriaRules });
    expect(findings.filter((f) => f.ruleId === "4.2/budget-positive")).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === "3.1/swot-evidence")).toHaveLength(1);
    const summary = findings.find((f) => f.ruleId === "2.3/quality-summary")!;
    expect(summary.severity).toBe("warning");
    expect(summary.message).toContain("ผ่าน 3 จาก 4 ข้อ (ข้อผิดพลาด 1");
  });

  it("runs again from scratch on a changed model (no stale shared results)", () => {
    const model = parseWorkbook(workbookGrids(validPlan()));
    expect(runRules(model, { rules: criteriaRules }).filter((f) => f.severity === "error")).toEqual([]);
    model.projects.rows[0].budget = 0;
    expect(runRules(model, { rules: criteriaRules }).filter((f) => f.ruleId === "4.2/budget-positive")).toHaveLength(1);
  });
});
