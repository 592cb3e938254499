import planStatus from "../../../../core/rules/process/plan-status";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, infoAt, ruleTester, variant } from "../tester";

ruleTester(planStatus, {
  valid: [
    { name: "allocated, every step dated", input: validPlan },
    {
      name: "a draft before adoption",
      input: variant((p) => {
        p.info!.planStatus = "ร่าง";
        for (const a of p.approvals!.slice(2)) a.date = null;
      }),
    },
  ],
  invalid: [
    {
      name: "status Cabinet-approved but the Cabinet date is missing",
      input: variant((p) => {
        p.info!.planStatus = "ครม. เห็นชอบ";
        p.approvals![4].date = null;
        p.approvals![5].date = null;
      }),
      errors: [{ messageId: "ahead", sheet: SHEET.info, cell: infoAt("planStatus"), includes: "ครม. เห็นชอบ" }],
    },
    {
      name: "still a draft after adoption (a warning)",
      input: variant((p) => {
        p.info!.planStatus = "(ร่าง)";
        for (const a of p.approvals!.slice(3)) a.date = null;
      }),
      errors: [{ messageId: "stillDraft", sheet: SHEET.info, cell: infoAt("planStatus"), severity: "warning" }],
    },
  ],
});
