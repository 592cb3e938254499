import rationaleEvidence from "../../../../core/rules/4.1/rationale-evidence";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(rationaleEvidence, {
  valid: [
    { name: "rationales with figures or sources", input: validPlan },
    { name: "an empty rationale is left to the required-field rule", input: variant((p) => (p.projects![0].rationale = null)) },
  ],
  invalid: [
    {
      name: "a rationale with neither figure nor source",
      input: variant((p) => (p.projects![1].rationale = "ผลไม้ราคาตกต่ำ เกษตรกรเดือดร้อน")),
      errors: [{ messageId: "noEvidence", sheet: SHEET.projects, cell: at("projects", "rationale", 1), includes: "P02" }],
    },
  ],
});
