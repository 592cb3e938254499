import ceiling from "../../../../core/rules/budget/ceiling";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, infoAt, ruleTester, variant } from "../tester";

ruleTester(ceiling, {
  valid: [
    { name: "27 million against 30, 25 million against 40", input: validPlan },
    {
      name: "rejected and deferred projects draw on no ceiling",
      input: variant((p) => {
        p.info!.provinceCeiling = 20_000_000;
        p.projects![2].decision = "ไม่อนุมัติ";
        p.projects![3].decision = "ชะลอ";
      }),
    },
  ],
  invalid: [
    {
      name: "province projects over the province ceiling",
      input: variant((p) => (p.info!.provinceCeiling = 26_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "budget"), includes: "1,000,000" }],
    },
    {
      name: "a cluster project counts against the cluster ceiling, not the province's",
      input: variant((p) => (p.info!.clusterCeiling = 20_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "budget"), includes: "วงเงินงบกลุ่มจังหวัด" }],
    },
    {
      name: "a missing ceiling is a warning",
      input: variant((p) => (p.info!.clusterCeiling = null)),
      errors: [{ messageId: "noCeiling", sheet: SHEET.info, cell: infoAt("clusterCeiling"), severity: "warning" }],
    },
  ],
});
