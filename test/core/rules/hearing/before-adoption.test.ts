import beforeAdoption from "../../../../core/rules/hearing/before-adoption";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

const ADOPTION = 2; // row index of ก.บ.จ./ก.บ.ก. เห็นชอบ in the valid plan's approval steps

ruleTester(beforeAdoption, {
  valid: [
    { name: "hearings held before adoption", input: validPlan },
    { name: "a hearing on the day of adoption counts", input: variant((p) => (p.hearings![0].date = "15 ส.ค. 51")) },
    { name: "a draft not yet adopted", input: variant((p) => (p.approvals![ADOPTION].date = null)) },
  ],
  invalid: [
    {
      name: "every hearing after adoption",
      input: variant((p) => p.hearings!.forEach((h) => (h.date = "1 ก.ย. 51"))),
      errors: [{ messageId: "late", sheet: SHEET.approvals, cell: at("approvals", "date", ADOPTION), includes: "15 ส.ค. 2551" }],
    },
    {
      name: "no hearing at all",
      input: variant((p) => (p.hearings = [])),
      errors: [{ messageId: "none", sheet: SHEET.hearings, cell: "A1" }],
    },
  ],
});
