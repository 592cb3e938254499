import dates from "../../../../core/rules/4.2/dates";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(dates, {
  valid: [
    { name: "inside fiscal year 2552 (1 ต.ค. 51 – 30 ก.ย. 52)", input: validPlan },
    {
      name: "a multi-year project may run past the fiscal year",
      input: variant((p) => {
        p.projects![2].multiYear = "ใช่";
        p.projects![2].endDate = "30/09/2553";
      }),
    },
  ],
  invalid: [
    {
      name: "ends after the fiscal year, not multi-year",
      input: variant((p) => (p.projects![2].endDate = "1 ต.ค. 52")),
      errors: [{ messageId: "outside", sheet: SHEET.projects, cell: at("projects", "endDate", 2), includes: "1 ต.ค. 2552" }],
    },
    {
      name: "starts before the fiscal year (Excel serial for 30 Sep 2008)",
      input: variant((p) => (p.projects![0].startDate = 39721)),
      errors: [{ messageId: "outside", sheet: SHEET.projects, cell: at("projects", "startDate", 0) }],
    },
    {
      name: "starts after it ends",
      input: variant((p) => {
        p.projects![1].startDate = "1 มี.ค. 52";
        p.projects![1].endDate = "1 ก.พ. 52";
      }),
      errors: [{ messageId: "order", sheet: SHEET.projects, cell: at("projects", "startDate", 1) }],
    },
  ],
});
