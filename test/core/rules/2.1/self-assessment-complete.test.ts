import answered from "../../../../core/rules/2.1/self-assessment-complete";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(answered, {
  valid: [{ name: "all five parts answered", input: validPlan }],
  invalid: [
    {
      name: "a condition left unanswered",
      input: variant((p) => (p.projects![1].seKnowledge = null)),
      errors: [{ messageId: "unanswered", sheet: SHEET.projects, cell: at("projects", "seKnowledge", 1), includes: "เงื่อนไขความรู้" }],
    },
  ],
});
