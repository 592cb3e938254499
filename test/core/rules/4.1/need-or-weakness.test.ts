import rationaleNeed from "../../../../core/rules/4.1/need-or-weakness";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(rationaleNeed, {
  valid: [
    { name: "each project answers a need or weakness", input: validPlan },
    { name: "a weakness alone is enough", input: variant((p) => (p.projects![0].needIds = null)) },
  ],
  invalid: [
    {
      name: "neither need nor weakness",
      input: variant((p) => {
        p.projects![0].needIds = null;
        p.projects![0].swotCodes = null;
      }),
      errors: [{ messageId: "none", sheet: SHEET.projects, cell: at("projects", "needIds", 0) }],
    },
    {
      name: "an unknown need id",
      input: variant((p) => (p.projects![0].needIds = "N1, N42")),
      errors: [{ messageId: "unknownNeed", sheet: SHEET.projects, cell: at("projects", "needIds", 0), includes: "N42" }],
    },
    {
      name: "a strength in the weakness column is misplaced (warning), and ties nothing",
      input: variant((p) => {
        p.projects![4].needIds = null;
        p.projects![4].swotCodes = "S1";
      }),
      errors: [
        { messageId: "unknownSwot", sheet: SHEET.projects, cell: at("projects", "swotCodes", 4), severity: "warning" },
        { messageId: "none", sheet: SHEET.projects, cell: at("projects", "needIds", 4) },
      ],
    },
  ],
});
