import quadrants from "../../../../core/rules/3.1/swot-quadrants";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, head, ruleTester, variant } from "../tester";

ruleTester(quadrants, {
  valid: [{ name: "all four quadrants", input: validPlan }],
  invalid: [
    {
      name: "no threats",
      input: variant((p) => (p.swot = p.swot!.filter((s) => s.type !== "ภัยคุกคาม"))),
      errors: [{ messageId: "empty", sheet: SHEET.swot, cell: head("swot", "type"), includes: "ภัยคุกคาม" }],
    },
    {
      name: "an empty SWOT sheet lacks every quadrant",
      input: variant((p) => (p.swot = [])),
      errors: ["จุดแข็ง", "จุดอ่อน", "โอกาส", "ภัยคุกคาม"].map((t) => ({
        messageId: "empty",
        sheet: SHEET.swot,
        cell: head("swot", "type"),
        includes: t,
      })),
    },
  ],
});
