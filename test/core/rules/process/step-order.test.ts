import stepOrder from "../../../../core/rules/process/step-order";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(stepOrder, {
  valid: [{ name: "steps in order", input: validPlan }],
  invalid: [
    {
      name: "Cabinet approval dated before the policy committee's review",
      input: variant((p) => (p.approvals![4].date = "1 ก.ย. 51")),
      errors: [{ messageId: "early", sheet: SHEET.approvals, cell: at("approvals", "date", 4), includes: "ก.น.จ. พิจารณา" }],
    },
  ],
});
