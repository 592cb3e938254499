import approachObjective from "../../../../core/rules/3.3/approach-objective";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(approachObjective, {
  valid: [{ name: "approaches and objectives answer each other", input: validPlan }],
  invalid: [
    {
      name: "an approach serving nothing, and its objective left without approach",
      input: variant((p) => (p.approaches![3].objectiveCodes = null)),
      errors: [
        { messageId: "none", sheet: SHEET.approaches, cell: at("approaches", "objectiveCodes", 3) },
        { messageId: "orphan", sheet: SHEET.objectives, cell: at("objectives", "code", 2), includes: "OB3" },
      ],
    },
    {
      name: "an approach naming an unknown objective",
      input: variant((p) => (p.approaches![0].objectiveCodes = "OB1, OB8")),
      errors: [{ messageId: "unknown", sheet: SHEET.approaches, cell: at("approaches", "objectiveCodes", 0), includes: "OB8" }],
    },
  ],
});
