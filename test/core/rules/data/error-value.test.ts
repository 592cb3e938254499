import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";
import errorValue from "../../../../core/rules/data/error-value";

ruleTester(errorValue, {
  valid: [{ name: "no error values", input: validPlan }],
  invalid: [
    {
      name: "#REF! in a date",
      input: variant((p) => (p.projects![2].endDate = "#REF!")),
      errors: [{ messageId: "error-value", sheet: SHEET.projects, cell: at("projects", "endDate", 2), includes: "#REF!" }],
    },
  ],
});
