import indicator from "../../../../core/rules/3.2/objective-indicator";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(indicator, {
  valid: [{ name: "numeric indicators within the plan period", input: validPlan }],
  invalid: [
    {
      name: "no baseline",
      input: variant((p) => (p.objectives![0].baseline = null)),
      errors: [{ messageId: "missing", sheet: SHEET.objectives, cell: at("objectives", "baseline", 0), includes: "ค่าฐาน" }],
    },
    {
      name: "no unit and no target: the row's indicator span",
      input: variant((p) => {
        p.objectives![1].unit = null;
        p.objectives![1].target = null;
      }),
      errors: [
        { messageId: "missing", sheet: SHEET.objectives, cell: `${at("objectives", "indicator", 1)}:${at("objectives", "targetYear", 1)}` },
      ],
    },
    {
      name: "a target year after the plan period",
      input: variant((p) => (p.objectives![2].targetYear = 2558)),
      errors: [{ messageId: "yearOutside", sheet: SHEET.objectives, cell: at("objectives", "targetYear", 2), includes: "2552–2555" }],
    },
  ],
});
