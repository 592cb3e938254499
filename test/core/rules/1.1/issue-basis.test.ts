import issueBasis from "../../../../core/rules/1.1/issue-basis";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(issueBasis, {
  valid: [
    { name: "every issue names a strength or opportunity", input: validPlan },
    { name: "codes match whatever their case", input: variant((p) => (p.issues![0].swotCodes = "s1, w1")) },
  ],
  invalid: [
    {
      name: "issue built only on weaknesses",
      input: variant((p) => (p.issues![0].swotCodes = "W1, W2")),
      errors: [{ messageId: "none", sheet: SHEET.issues, cell: at("issues", "swotCodes", 0), includes: "1" }],
    },
    {
      name: "issue names a SWOT code that does not exist (and so no strength)",
      input: variant((p) => (p.issues![3].swotCodes = "O9")),
      errors: [
        { messageId: "unknown", sheet: SHEET.issues, cell: at("issues", "swotCodes", 3), includes: "O9" },
        { messageId: "none", sheet: SHEET.issues, cell: at("issues", "swotCodes", 3) },
      ],
    },
  ],
});
