import beneficiaries from "../../../../core/rules/4.4/beneficiaries";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(beneficiaries, {
  valid: [{ name: "beneficiaries given", input: validPlan }],
  invalid: [
    {
      name: "no beneficiaries",
      input: variant((p) => (p.projects![5].beneficiaries = 0)),
      errors: [{ messageId: "missing", sheet: SHEET.projects, cell: at("projects", "beneficiaries", 5), includes: "P06" }],
    },
  ],
});
