import budgetShare from "../../../../core/rules/1.2/budget-share";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester } from "../tester";

ruleTester(budgetShare, {
  valid: [{ name: "an information finding is never an error", input: validPlan }],
  invalid: [
    {
      name: "reports the share of the budget that creates jobs or income",
      input: validPlan,
      errors: [{ messageId: "share", sheet: SHEET.projects, cell: head("projects", "jobs"), severity: "info", includes: "ร้อยละ 80.8" }],
    },
  ],
});
