import budgetPositive from "../../../../core/rules/4.2/budget-positive";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(budgetPositive, {
  valid: [{ name: "positive budgets", input: validPlan }],
  invalid: [
    {
      name: "a zero budget",
      input: variant((p) => (p.projects![3].budget = 0)),
      errors: [{ messageId: "notPositive", sheet: SHEET.projects, cell: at("projects", "budget", 3), includes: "P04" }],
    },
  ],
});
