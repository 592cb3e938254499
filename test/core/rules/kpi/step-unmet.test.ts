import { describe, expect, it } from "vitest";
import { REFERENCE, scoreKpis } from "../../../../core";
import stepUnmet from "../../../../core/rules/kpi/step-unmet";
import { formatKpiDetail } from "../../../../generator/cli/report/kpi";
import { at, ruleTester } from "../tester";
import { kpiModel, kpiWorkbook } from "../../kpi/fixtures";

const KPI = "ตัวชี้วัด 3.6";
const row = (code: string) => ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1"].indexOf(code);

ruleTester(stepUnmet, {
  valid: [
    { name: "every step met", input: kpiWorkbook() },
    {
      name: "a missing row is kpi/step-missing's, a late date kpi/step-late's",
      input: kpiWorkbook({ steps: { "2.1": null, "4.1": { doneDate: "10 พ.ย. 52" } } }),
    },
    { name: "a cluster workbook is not assessed", input: kpiWorkbook({ info: { level: "กลุ่มจังหวัด", cluster: "ภาคตะวันออก" } }) },
  ],
  invalid: [
    {
      name: "each reason at its own cell: no date done, percent below 100, no verdict, no assessor",
      input: kpiWorkbook({
        steps: {
          "2.2": { doneDate: null },
          "3.1": { percent: 80 },
          "5.1": { verdict: null, assessor: null },
        },
      }),
      errors: [
        { messageId: "unmet", sheet: KPI, cell: at("kpi", "doneDate", row("2.2")), includes: "2.2" },
        { messageId: "unmet", sheet: KPI, cell: at("kpi", "percent", row("3.1")), includes: "3.1" },
        { messageId: "unmet", sheet: KPI, cell: at("kpi", "verdict", row("5.1")), includes: "5.1" },
        { messageId: "unmet", sheet: KPI, cell: at("kpi", "assessor", row("5.1")), includes: "5.1" },
      ],
    },
    {
      name: "a verdict of ไม่ผ่าน",
      input: kpiWorkbook({ steps: { "5.1": { verdict: "ไม่ผ่าน" } } }),
      errors: [{ messageId: "unmet", sheet: KPI, cell: at("kpi", "verdict", row("5.1")), includes: "5.1" }],
    },
  ],
});

describe("the score table", () => {
  it("points a step not met at the cell that stops it, as its finding does", () => {
    const [r] = scoreKpis(kpiModel({ steps: { "4.1": { doneDate: "10 พ.ย. 52" } } }), REFERENCE);
    const line = formatKpiDetail("en", r)
      .split("\n")
      .find((l) => /\s4\.1\s/.test(l))!;
    expect(line).toContain(`${KPI}!${at("kpi", "doneDate", row("4.1"))}`);
    const met = formatKpiDetail("en", r)
      .split("\n")
      .find((l) => /\s1\.1\s/.test(l))!;
    expect(met).toMatch(/✓/);
  });
});
