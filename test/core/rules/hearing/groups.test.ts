import groups from "../../../../core/rules/hearing/groups";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(groups, {
  valid: [{ name: "every hearing heard all four groups", input: validPlan }],
  invalid: [
    {
      name: "a hearing without business and one without local executives",
      input: variant((p) => {
        p.hearings![0].business = 0;
        p.hearings![1].localExecutives = null;
      }),
      errors: [
        { messageId: "missing", sheet: SHEET.hearings, cell: at("hearings", "business", 0), includes: "H1" },
        { messageId: "missing", sheet: SHEET.hearings, cell: at("hearings", "localExecutives", 1), includes: "ผู้บริหาร อปท." },
      ],
    },
  ],
});
