import rule from "../../../../core/rules/alignment/master-plan-missing";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester } from "../tester";
import { TODAY, alignedPlan, alignedVariant } from "./fixtures";

ruleTester(rule, {
  valid: [
    { name: "every project names its master plan", input: alignedPlan, options: TODAY },
    { name: "a FY2552 workbook (no pack feature) is not asked for one", input: validPlan },
  ],
  invalid: [
    {
      name: "a project without a master plan, apart from its strategy",
      input: alignedVariant((p) => {
        p.projects![0].masterPlan = null;
        p.projects![0].subPlan = null;
      }),
      options: TODAY,
      errors: [{ messageId: "missing", sheet: SHEET.projects, cell: at("projects", "masterPlan", 0), includes: "P01" }],
    },
  ],
});
