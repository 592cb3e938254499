import missionGroup from "../../../../core/rules/2.2/mission-group";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(missionGroup, {
  valid: [{ name: "projects share their issue's mission group", input: validPlan }],
  invalid: [
    {
      name: "an economic project under a social issue",
      input: variant((p) => (p.projects![2].missionGroup = "ด้านเศรษฐกิจ")),
      errors: [{ messageId: "mismatch", sheet: SHEET.projects, cell: at("projects", "missionGroup", 2), includes: "ด้านสังคม" }],
    },
  ],
});
