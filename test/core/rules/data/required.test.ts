import required from "../../../../core/rules/data/required";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, infoAt, ruleTester, variant } from "../tester";

ruleTester(required, {
  valid: [{ name: "every required cell filled", input: validPlan }],
  invalid: [
    {
      name: "one finding per empty required cell",
      input: variant((p) => {
        p.projects![1].outputs = null;
        p.projects![1].indicators = "";
        p.info!.planStatus = null;
      }),
      errors: [
        { messageId: "emptyInfo", sheet: SHEET.info, cell: infoAt("planStatus") },
        { messageId: "empty", sheet: SHEET.projects, cell: at("projects", "indicators", 1), includes: "P02" },
        { messageId: "empty", sheet: SHEET.projects, cell: at("projects", "outputs", 1) },
      ],
    },
    {
      name: "an unreadable cell is not also reported as empty",
      input: variant((p) => {
        p.projects![0].budget = "#VALUE!";
        p.projects![0].agency = null;
      }),
      errors: [{ messageId: "empty", sheet: SHEET.projects, cell: at("projects", "agency", 0) }],
    },
  ],
});
