import issueLinks from "../../../../core/rules/2.2/issue-links";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(issueLinks, {
  valid: [{ name: "issues name objectives, approaches sit under issues", input: validPlan }],
  invalid: [
    {
      name: "an issue with no objective, another with an unknown one",
      input: variant((p) => {
        p.issues![0].objectiveCodes = null;
        p.issues![1].objectiveCodes = "OB2, OB7";
      }),
      errors: [
        { messageId: "issueNoObjective", sheet: SHEET.issues, cell: at("issues", "objectiveCodes", 0) },
        { messageId: "unknownObjective", sheet: SHEET.issues, cell: at("issues", "objectiveCodes", 1), includes: "OB7" },
      ],
    },
    {
      name: "an approach under a missing issue",
      input: variant((p) => (p.approaches![4].issueNo = 5)),
      errors: [{ messageId: "approachNoIssue", sheet: SHEET.approaches, cell: at("approaches", "issueNo", 4) }],
    },
  ],
});
