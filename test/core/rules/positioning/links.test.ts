import links from "../../../../core/rules/positioning/links";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(links, {
  valid: [{ name: "missions and positioning link every issue", input: validPlan }],
  invalid: [
    {
      name: "a mission naming a missing issue, leaving issue 4 unlinked",
      input: variant((p) => (p.positioning![1].issueNos = "1, 7")),
      errors: [
        { messageId: "unknown", sheet: SHEET.positioning, cell: at("positioning", "issueNos", 1), includes: "7" },
        { messageId: "orphan", sheet: SHEET.issues, cell: at("issues", "no", 3), includes: "4" },
      ],
    },
    {
      name: "a positioning statement linking nothing",
      input: variant((p) => (p.positioning![3].issueNos = null)),
      errors: [{ messageId: "none", sheet: SHEET.positioning, cell: at("positioning", "issueNos", 3), includes: "P1" }],
    },
  ],
});
