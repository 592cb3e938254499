import secretary from "../../../../core/rules/committee/secretary";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester, variant } from "../tester";

ruleTester(secretary, {
  valid: [{ name: "a secretary is named", input: validPlan }],
  invalid: [
    {
      name: "no secretary",
      input: variant((p) => (p.committee![5].role = "กรรมการ")),
      errors: [{ messageId: "none", sheet: SHEET.committee, cell: head("committee", "role") }],
    },
  ],
});
