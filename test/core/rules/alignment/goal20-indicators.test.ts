import rule from "../../../../core/rules/alignment/goal20-indicators";
import { validPlan } from "../../../helpers/validPlan";
import { at, ruleTester, sheetName } from "../tester";
import { TODAY, alignedPlan, alignedVariant } from "./fixtures";

ruleTester(rule, {
  valid: [
    { name: "a goal with indicator, baseline and target", input: alignedPlan, options: TODAY },
    { name: "a FY2552 workbook has no 20-year goal to check", input: validPlan },
  ],
  invalid: [
    {
      name: "no goal listed",
      input: alignedVariant((p) => (p.goal20 = [])),
      options: TODAY,
      errors: [{ messageId: "noSheet", sheet: sheetName("goal20"), cell: "A3" }],
    },
    {
      name: "a goal without indicator, another without baseline and target",
      input: alignedVariant((p) => {
        p.goal20![0].indicator = null;
        p.goal20!.push({ goalNo: 2, goal: "ท่องเที่ยวคุณภาพ", indicator: "รายได้จากการท่องเที่ยว" });
      }),
      options: TODAY,
      errors: [
        { messageId: "indicator", sheet: sheetName("goal20"), cell: at("goal20", "indicator", 0) },
        { messageId: "baseline", sheet: sheetName("goal20"), cell: at("goal20", "baseline", 1) },
        { messageId: "target", sheet: sheetName("goal20"), cell: at("goal20", "target", 1) },
      ],
    },
  ],
});
