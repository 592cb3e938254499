import stepLate from "../../../../core/rules/kpi/step-late";
import { at, ruleTester } from "../tester";
import { inland, KPI, kpiWorkbook, row } from "../../kpi/fixtures";

ruleTester(stepLate, {
  valid: [
    { name: "every step on time", input: kpiWorkbook() },
    {
      name: "steps done on their due dates",
      input: kpiWorkbook({
        steps: { "1.3": { doneDate: "15 ม.ค. 52" }, "2.1": { doneDate: "7 เม.ย. 52" }, "4.1": { doneDate: "31 ต.ค. 52" } },
      }),
    },
    { name: "a step without a due date done late in the year", input: kpiWorkbook({ steps: { "2.2": { doneDate: "29 ก.ย. 52" } } }) },
    { name: "late, but the province is not assessed", input: kpiWorkbook({ ...inland, steps: { "1.3": { doneDate: "20 ม.ค. 52" } } }) },
  ],
  invalid: [
    {
      name: "plan sent to กอ.รมน. on 20 ม.ค. 52",
      input: kpiWorkbook({ steps: { "1.3": { doneDate: "20 ม.ค. 52" } } }),
      errors: [
        {
          messageId: "late",
          sheet: KPI,
          cell: at("kpi", "doneDate", row("1.3")),
          includes: "ส่งเมื่อ 20 ม.ค. 2552 หลังกำหนด 15 ม.ค. 2552 จึงไม่ผ่านระดับ 1",
        },
      ],
    },
    {
      name: "summary report a day late, in the next fiscal year",
      input: kpiWorkbook({ steps: { "4.1": { doneDate: "1 พ.ย. 52" } } }),
      errors: [{ messageId: "late", sheet: KPI, cell: at("kpi", "doneDate", row("4.1")), includes: "ระดับ 4" }],
    },
  ],
});
