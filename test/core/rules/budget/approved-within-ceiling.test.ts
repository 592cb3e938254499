import approved from "../../../../core/rules/budget/approved-within-ceiling";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester, variant } from "../tester";

ruleTester(approved, {
  valid: [{ name: "approved projects fit", input: validPlan }],
  invalid: [
    {
      name: "approved province projects over the ceiling",
      input: variant((p) => (p.info!.provinceCeiling = 10_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "decision"), includes: "27,000,000" }],
    },
  ],
});
