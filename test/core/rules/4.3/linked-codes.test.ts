import linked from "../../../../core/rules/4.3/linked-codes";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(linked, {
  valid: [{ name: "links between existing projects", input: validPlan }],
  invalid: [
    {
      name: "a link to a missing project and a link to itself",
      input: variant((p) => (p.projects![1].linkedCodes = "P05, P77, P02")),
      errors: [
        { messageId: "unknown", sheet: SHEET.projects, cell: at("projects", "linkedCodes", 1), includes: "P77" },
        { messageId: "self", sheet: SHEET.projects, cell: at("projects", "linkedCodes", 1), includes: "P02" },
      ],
    },
  ],
});
