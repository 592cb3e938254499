import qualitative from "../../../../core/rules/3.2/qualitative-target";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(qualitative, {
  valid: [{ name: "qualitative targets given", input: validPlan }],
  invalid: [
    {
      name: "no qualitative target",
      input: variant((p) => (p.objectives![1].qualitativeTarget = " ")),
      errors: [{ messageId: "missing", sheet: SHEET.objectives, cell: at("objectives", "qualitativeTarget", 1), includes: "OB2" }],
    },
  ],
});
