import levelSummary from "../../../../core/rules/kpi/level";
import { ruleTester } from "../tester";
import { inland, KPI, kpiWorkbook } from "../../kpi/fixtures";

ruleTester(levelSummary, {
  valid: [],
  invalid: [
    {
      name: "all done: level 5, weighted 0.15",
      input: kpiWorkbook(),
      errors: [
        {
          messageId: "level",
          sheet: KPI,
          cell: "A1",
          severity: "info",
          includes: "ผ่านระดับ 5 · คะแนน 5 · น้ำหนักร้อยละ 3 · คะแนนถ่วงน้ำหนัก 0.15",
        },
      ],
    },
    {
      name: "nothing recorded: level 1 not reached, 0",
      input: { info: kpiWorkbook().info },
      errors: [{ messageId: "level", sheet: KPI, cell: "A1", severity: "info", includes: "ไม่ผ่านระดับ 1 · คะแนน 0" }],
    },
    {
      name: "inland province: not assessed, never 0",
      input: kpiWorkbook(inland),
      errors: [{ messageId: "notAssessed", sheet: KPI, cell: "A1", severity: "info", includes: "ไม่ต้องประเมิน" }],
    },
  ],
});
