import chair from "../../../../core/rules/committee/chair";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, head, ruleTester, variant } from "../tester";

ruleTester(chair, {
  valid: [
    { name: "the governor chairs the ก.บ.จ.", input: validPlan },
    {
      name: "a governor heading the cluster chairs the ก.บ.ก.",
      input: variant((p) => {
        p.info!.level = "กลุ่มจังหวัด";
        p.committee!.forEach((m) => (m.committee = "ก.บ.ก."));
      }),
    },
  ],
  invalid: [
    {
      name: "a deputy governor in the chair",
      input: variant((p) => (p.committee![0].position = "รองผู้ว่าราชการจังหวัดตราด")),
      errors: [{ messageId: "wrongChair", sheet: SHEET.committee, cell: at("committee", "position", 0), includes: "ผู้ว่าราชการจังหวัด" }],
    },
    {
      name: "two chairs",
      input: variant((p) => (p.committee![1].role = "ประธาน")),
      errors: [{ messageId: "many", sheet: SHEET.committee, cell: at("committee", "role", 1) }],
    },
    {
      name: "no chair",
      input: variant((p) => (p.committee![0].role = "กรรมการ")),
      errors: [{ messageId: "none", sheet: SHEET.committee, cell: head("committee", "role") }],
    },
    {
      name: "a cluster committee chaired by the provincial statistician",
      input: variant((p) => {
        p.committee!.forEach((m) => (m.committee = "ก.บ.ก."));
        p.committee![0].position = "สถิติจังหวัดตราด";
      }),
      errors: [{ messageId: "wrongChair", sheet: SHEET.committee, cell: at("committee", "position", 0), includes: "หัวหน้ากลุ่มจังหวัด" }],
    },
  ],
});
