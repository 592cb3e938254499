import principles from "../../../../core/rules/2.1/principles";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(principles, {
  valid: [
    { name: "all three principles met", input: validPlan },
    { name: "a condition answered ไม่ใช่ is not a principle", input: variant((p) => (p.projects![0].seMorality = "ไม่ใช่")) },
  ],
  invalid: [
    {
      name: "a principle answered ไม่ใช่ is a warning",
      input: variant((p) => (p.projects![2].seImmunity = "ไม่ใช่")),
      errors: [{ messageId: "notMet", sheet: SHEET.projects, cell: at("projects", "seImmunity", 2), severity: "warning", includes: "P03" }],
    },
  ],
});
