import needAnswered from "../../../../core/rules/1.1/need-answered";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(needAnswered, {
  valid: [
    { name: "needs answered by issues or projects, or declined with a reason", input: validPlan },
    {
      name: "a need answered only by a project",
      input: variant((p) => {
        p.needs!.push({ id: "N6", hearingId: "H1", text: "ถนนเข้าสวนชำรุด" });
        p.projects![0].needIds = "N1, N6";
      }),
    },
  ],
  invalid: [
    {
      name: "a need nobody answers",
      input: variant((p) => p.needs!.push({ id: "N6", hearingId: "H1", text: "ถนนเข้าสวนชำรุด", status: "รับไว้ดำเนินการ" })),
      errors: [{ messageId: "unanswered", sheet: SHEET.needs, cell: at("needs", "id", 5), includes: "N6" }],
    },
    {
      name: "declined with a reason too short",
      input: variant((p) => (p.needs![3].reason = "เกินอำนาจ")),
      errors: [{ messageId: "noReason", sheet: SHEET.needs, cell: at("needs", "reason", 3), includes: "20" }],
    },
    {
      name: "declined with the same reason as another need",
      input: variant((p) =>
        p.needs!.push({ id: "N6", hearingId: "H2", text: "ต้องการท่าเรือน้ำลึก", status: "ไม่รับ", reason: p.needs![3].reason }),
      ),
      errors: [
        { messageId: "noReason", sheet: SHEET.needs, cell: at("needs", "reason", 3) },
        { messageId: "noReason", sheet: SHEET.needs, cell: at("needs", "reason", 5) },
      ],
    },
  ],
});
