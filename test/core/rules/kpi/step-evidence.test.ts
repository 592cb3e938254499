import stepEvidence from "../../../../core/rules/kpi/step-evidence";
import { at, ruleTester } from "../tester";
import { KPI, kpiWorkbook, row } from "../../kpi/fixtures";

ruleTester(stepEvidence, {
  valid: [
    { name: "every step with evidence", input: kpiWorkbook() },
    { name: "a step not yet done has no evidence yet", input: kpiWorkbook({ steps: { "4.1": { doneDate: null, evidence: null } } }) },
    { name: "the verdict needs no evidence", input: kpiWorkbook({ steps: { "5.1": { evidence: null } } }) },
  ],
  invalid: [
    {
      name: "review of measures done without evidence",
      input: kpiWorkbook({ steps: { "2.2": { evidence: null } } }),
      errors: [{ messageId: "noEvidence", sheet: KPI, cell: at("kpi", "evidence", row("2.2")), includes: "2.2" }],
    },
  ],
});
