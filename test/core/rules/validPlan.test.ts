import { describe, expect, it } from "vitest";
import { parseWorkbook, RULES, runRules } from "../../../core";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

/** The catalogue without the kpi family (the valid miniature plan has no KPI sheets). */
const criteriaRules = RULES.filter((r) => r.criterion !== "kpi");

describe("the valid miniature plan", () => {
  it("parses without a single parse issue", () => {
    expect(parseWorkbook(workbookGrids(validPlan())).parseIssues).toEqual([]);
  });

  it("passes every screening rule with no error and no warning", () => {
    const findings = runRules(parseWorkbook(workbookGrids(validPlan())), { rules: criteriaRules });
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  it("still reports its information findings (budget share, totals by kind, quality summary)", () => {
    const findings = runRules(parseWorkbook(workbookGrids(validPlan())), { rules: criteriaRules });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["1.2/budget-share", "2.3/quality-summary", "budget/totals-by-kind"]);
  });

  it("returns a fresh copy each time, so one test's change does not leak into another", () => {
    const a = validPlan();
    a.projects![0].budget = 0;
    expect(validPlan().projects![0].budget).toBe(12_000_000);
  });
});
