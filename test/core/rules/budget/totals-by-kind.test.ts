import totals from "../../../../core/rules/budget/totals-by-kind";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester } from "../tester";

ruleTester(totals, {
  valid: [{ name: "totals are information only", input: validPlan }],
  invalid: [
    {
      name: "reports each kind's total",
      input: validPlan,
      errors: [
        {
          messageId: "totals",
          sheet: SHEET.projects,
          cell: head("projects", "kind"),
          severity: "info",
          includes: "ส่วนราชการ 3 โครงการ 22,000,000 บาท",
        },
      ],
    },
  ],
});
