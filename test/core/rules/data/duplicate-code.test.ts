import duplicateCode from "../../../../core/rules/data/duplicate-code";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(duplicateCode, {
  valid: [{ name: "unique codes", input: validPlan }],
  invalid: [
    {
      name: "a project code repeated (case and spaces aside) and a SWOT code repeated",
      input: variant((p) => {
        p.projects![3].code = " p01";
        p.swot![1].code = "S1";
      }),
      errors: [
        { messageId: "duplicate", sheet: SHEET.projects, cell: at("projects", "code", 3), includes: "แถว 3" },
        { messageId: "duplicate", sheet: SHEET.swot, cell: at("swot", "code", 1) },
      ],
    },
  ],
});
