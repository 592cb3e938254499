import { describe, expect, it } from "vitest";
import { CRITERIA, parseWorkbook, RULES, runRules } from "../../../core";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

const THAI = /[\u0E00-\u0E7F]/;

/** The catalogue without the kpi family (the valid miniature plan has no KPI sheets). */
const criteriaRules = RULES.filter((r) => r.criterion !== "kpi");

describe("the criteria catalogue", () => {
  it("covers every criterion and every rule family, with unique ids under their criterion", () => {
    const criteria = new Set(RULES.map((r) => r.criterion));
    expect(CRITERIA.map((c) => c.id).filter((c) => !criteria.has(c))).toEqual([]);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id.startsWith(`${r.criterion}/`), r.id).toBe(true);
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

  it("reports a 3.x/4.x finding once, and the 2.3 summary counts it", () => {
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
