import missingStep from "../../../../core/rules/process/missing-step";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(missingStep, {
  valid: [
    { name: "all six steps", input: validPlan },
    {
      name: "later steps listed without dates (not yet done)",
      input: variant((p) => {
        p.info!.planStatus = "ก.บ.จ./ก.บ.ก. เห็นชอบ";
        for (const a of p.approvals!.slice(3)) a.date = null;
      }),
    },
  ],
  invalid: [
    {
      name: "district step skipped while later steps are dated (a warning)",
      input: variant((p) => (p.approvals![1].date = null)),
      errors: [{ messageId: "skipped", sheet: SHEET.approvals, cell: at("approvals", "date", 1), severity: "warning" }],
    },
    {
      name: "a step not listed at all",
      input: variant((p) => p.approvals!.splice(5, 1)),
      errors: [{ messageId: "unlisted", sheet: SHEET.approvals, cell: "A1", severity: "warning", includes: "สงป." }],
    },
  ],
});
