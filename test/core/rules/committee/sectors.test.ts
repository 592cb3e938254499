import sectors from "../../../../core/rules/committee/sectors";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester, variant } from "../tester";

ruleTester(sectors, {
  valid: [{ name: "four sectors on the ก.บ.จ.", input: validPlan }],
  invalid: [
    {
      name: "no civil society",
      input: variant((p) => (p.committee = p.committee!.filter((m) => m.sector !== "ภาคประชาสังคม"))),
      errors: [{ messageId: "missing", sheet: SHEET.committee, cell: head("committee", "sector"), includes: "ภาคประชาสังคม" }],
    },
    {
      name: "an empty roster",
      input: variant((p) => (p.committee = [])),
      errors: [{ messageId: "empty", sheet: SHEET.committee, cell: "A1" }],
    },
  ],
});
