import { describe, expect, it } from "vitest";
import { parseWorkbook, RULES, runRules } from "../../../core";

import stepLate from "../../../core/rules/kpi/step-late";
import { workbookGrids } from "../../helpers/grids";
import { runRule } from "../rules/tester";
import { kpiWorkbook, typedAsDates } from "./fixtures";

const kpiRules = RULES.filter((r) => r.criterion === "kpi");

describe("the kpi rule family", () => {
  it("has unique ids in the kpi family, each with Thai and English texts", () => {
    expect(new Set(kpiRules.map((r) => r.id)).size).toBe(kpiRules.length);
    for (const r of kpiRules) {
      expect(r.id).toMatch(/^kpi\//);
      expect(r.criterion).toBe("kpi");
      expect(r.title.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.fix.en).toMatch(/[A-Za-z]/);
    }
  });

  it("finds nothing to fix in a province that did everything on time", () => {
    const findings = runRules(parseWorkbook(workbookGrids(kpiWorkbook({ ...typedAsDates(), info: { kpiAssessed: "ใช่" } }))), {
      rules: kpiRules,
    });
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(["info kpi/level"]);
  });

  it("agrees with the score: a late step is an error and the level stops below it", () => {
    const m = parseWorkbook(workbookGrids(kpiWorkbook({ steps: { "2.1": { doneDate: "8 เม.ย. 52" } } })));
    const findings = runRules(m, { rules: kpiRules });
    expect(findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual(["kpi/step-late"]);
    expect(findings.find((f) => f.ruleId === "kpi/level")?.message).toContain("ผ่านระดับ 1 ");
    expect(runRule(stepLate, m)[0].messageEn).toMatch(/level 2 and every level above are not reached/);
  });
});
