import rule from "../../../../core/rules/alignment/strategy-missing";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester } from "../tester";
import { TODAY, alignedPlan, alignedVariant } from "./fixtures";

ruleTester(rule, {
  valid: [
    { name: "every project names its strategy", input: alignedPlan, options: TODAY },
    { name: "a FY2552 workbook (no pack feature) is not asked for one", input: validPlan },
  ],
  invalid: [
    {
      name: "a project without a national strategy",
      input: alignedVariant((p) => (p.projects![2].nationalStrategy = null)),
      options: TODAY,
      errors: [{ messageId: "missing", sheet: SHEET.projects, cell: at("projects", "nationalStrategy", 2), includes: "P03" }],
    },
  ],
});
