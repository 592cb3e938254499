import { describe, expect, it } from "vitest";
import summary from "../../../../core/rules/2.3/quality-summary";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, modelOf, runRule } from "../tester";

describe("2.3/quality-summary", () => {
  it("is information when the plan and its projects meet 3.x and 4.x", () => {
    const [r] = runRule(summary, modelOf(validPlan()));
    expect(r).toMatchObject({ severity: "info", sheet: SHEET.info, cell: "A1" });
    expect(r.message).toContain("ผ่าน 4 จาก 4 ข้อ");
    expect(r.message).toContain("6 จาก 6 โครงการ");
  });

  it("counts the findings of the 3.x and 4.x rules and warns", () => {
    const plan = validPlan();
    plan.swot = plan.swot!.filter((s) => s.type !== "โอกาส"); // 3.1 fails; issues lose O1 (not a 3.x/4.x matter)
    plan.projects![0].budget = -5; // 4.2 fails for P01
    plan.projects![1].beneficiaries = null; // 4.4 fails for P02
    const [r] = runRule(summary, modelOf(plan));
    expect(r.severity).toBe("warning");
    expect(r.data).toMatchObject({ planPassed: 3, planErrors: 1, projectPassed: 2, okProjects: 4, projects: 6, projectErrors: 2 });
  });
});
