import rule from "../../../../core/rules/alignment/sub-plan-mismatch";
import { SHEET, at, ruleTester } from "../tester";
import { TODAY, alignedPlan, alignedVariant } from "./fixtures";

ruleTester(rule, {
  valid: [
    { name: "sub-plans of the projects' own master plans", input: alignedPlan, options: TODAY },
    {
      name: "the one named sub-plan under its master plan",
      input: alignedVariant((p) => Object.assign(p.projects![0], { masterPlan: "09", subPlan: "0902" })),
      options: TODAY,
    },
  ],
  invalid: [
    {
      name: "the southern corridor sub-plan (master plan 09) under agriculture (03)",
      input: alignedVariant((p) => (p.projects![3].subPlan = "0902")),
      options: TODAY,
      errors: [
        {
          messageId: "mismatch",
          sheet: SHEET.projects,
          cell: `${at("projects", "masterPlan", 3).replace(/\d+$/, "")}6:${at("projects", "subPlan", 3).replace(/\d+$/, "")}6`,
          includes: "0902",
        },
      ],
    },
  ],
});
