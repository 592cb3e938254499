import rule from "../../../../core/rules/alignment/unknown-code";
import { SHEET, at, ruleTester } from "../tester";
import { TODAY, alignedPlan, alignedVariant } from "./fixtures";

ruleTester(rule, {
  valid: [
    { name: "codes from the reference data", input: alignedPlan, options: TODAY },
    {
      name: "typed as bare numbers and Thai digits",
      input: alignedVariant((p) => Object.assign(p.projects![1], { nationalStrategy: "๒", masterPlan: "3", milestone: "หมุดหมายที่ 1" })),
      options: TODAY,
    },
  ],
  invalid: [
    {
      name: "a seventh strategy, a 24th master plan, a 14th milestone, SDG 18, a sub-plan of no master plan, a goal not listed",
      input: alignedVariant((p) =>
        Object.assign(p.projects![4], {
          nationalStrategy: "7",
          masterPlan: "24",
          subPlan: "9901",
          milestone: "14",
          sdgs: "SDG4, SDG18",
          goal20No: 5,
        }),
      ),
      options: TODAY,
      errors: [
        { messageId: "strategy", sheet: SHEET.projects, cell: at("projects", "nationalStrategy", 4), includes: "P05" },
        { messageId: "masterPlan", sheet: SHEET.projects, cell: at("projects", "masterPlan", 4) },
        { messageId: "subPlan", sheet: SHEET.projects, cell: at("projects", "subPlan", 4) },
        { messageId: "milestone", sheet: SHEET.projects, cell: at("projects", "milestone", 4) },
        { messageId: "sdg", sheet: SHEET.projects, cell: at("projects", "sdgs", 4), includes: "SDG18" },
        { messageId: "goal20", sheet: SHEET.projects, cell: at("projects", "goal20No", 4) },
      ],
    },
  ],
});
