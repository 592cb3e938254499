import chain from "../../../../core/rules/2.2/chain";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(chain, {
  valid: [{ name: "every project reaches an objective", input: validPlan }],
  invalid: [
    {
      name: "a project under an issue that does not exist",
      input: variant((p) => (p.projects![0].issueNo = 9)),
      errors: [{ messageId: "noIssue", sheet: SHEET.projects, cell: at("projects", "issueNo", 0), includes: "9" }],
    },
    {
      name: "a project whose approach belongs to another issue",
      input: variant((p) => (p.projects![0].approachCode = "2.1")),
      errors: [{ messageId: "approachElsewhere", sheet: SHEET.projects, cell: at("projects", "approachCode", 0) }],
    },
    {
      name: "neither the issue nor the approach names an existing objective",
      input: variant((p) => {
        p.issues![2].objectiveCodes = "OB9";
        p.approaches![3].objectiveCodes = null;
      }),
      errors: [{ messageId: "noObjective", sheet: SHEET.projects, cell: at("projects", "issueNo", 3), includes: "P04" }],
    },
  ],
});
