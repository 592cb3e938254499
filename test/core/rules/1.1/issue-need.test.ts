import issueNeed from "../../../../core/rules/1.1/issue-need";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(issueNeed, {
  valid: [{ name: "every issue answers a hearing need", input: validPlan }],
  invalid: [
    {
      name: "issue with no need",
      input: variant((p) => (p.issues![1].needIds = null)),
      errors: [{ messageId: "none", sheet: SHEET.issues, cell: at("issues", "needIds", 1) }],
    },
    {
      name: "issue naming an unknown need keeps its real one",
      input: variant((p) => (p.issues![0].needIds = "N1, N99")),
      errors: [{ messageId: "unknown", sheet: SHEET.issues, cell: at("issues", "needIds", 0), includes: "N99" }],
    },
  ],
});
