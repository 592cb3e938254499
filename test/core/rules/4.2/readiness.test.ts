import readiness from "../../../../core/rules/4.2/readiness";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(readiness, {
  valid: [
    { name: "ready or not needed", input: validPlan },
    { name: "in progress is recorded and not flagged", input: variant((p) => (p.projects![0].readyPermits = "อยู่ระหว่างดำเนินการ")) },
  ],
  invalid: [
    {
      name: "land not ready is a warning",
      input: variant((p) => (p.projects![0].readyLand = "ไม่พร้อม")),
      errors: [
        { messageId: "notReady", sheet: SHEET.projects, cell: at("projects", "readyLand", 0), severity: "warning", includes: "ที่ดิน" },
      ],
    },
    {
      name: "design not recorded is an error",
      input: variant((p) => (p.projects![1].readyDesign = null)),
      errors: [{ messageId: "unrecorded", sheet: SHEET.projects, cell: at("projects", "readyDesign", 1), severity: "error" }],
    },
  ],
});
