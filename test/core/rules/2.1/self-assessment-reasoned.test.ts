import reasoned from "../../../../core/rules/2.1/self-assessment-reasoned";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(reasoned, {
  valid: [
    { name: "own reasons of 20 characters or more", input: validPlan },
    {
      name: "a 19-character reason passes when the threshold is lowered",
      input: variant((p) => (p.projects![0].seMoralityReason = "ก".repeat(19))),
      options: { settings: { minReasonLength: 19 } },
    },
    {
      name: "copying is tolerated when the setting allows it",
      input: variant((p) => (p.projects![1].seMoralityReason = p.projects![0].seMoralityReason)),
      options: { settings: { rejectCopiedReasons: false } },
    },
  ],
  invalid: [
    {
      name: "a ใช่ without a reason",
      input: variant((p) => (p.projects![0].seImmunityReason = null)),
      errors: [{ messageId: "reason", sheet: SHEET.projects, cell: at("projects", "seImmunityReason", 0), includes: "ไม่ได้เขียนเหตุผล" }],
    },
    {
      name: "a reason of 19 characters",
      input: variant((p) => (p.projects![0].seMoralityReason = "ก".repeat(19))),
      errors: [{ messageId: "reason", sheet: SHEET.projects, cell: at("projects", "seMoralityReason", 0), includes: "20" }],
    },
    {
      name: "a reason copied word for word (spacing aside) from another project",
      input: variant((p) => (p.projects![4].seModerationReason = `  ${String(p.projects![5].seModerationReason).replace(/ /g, "   ")} `)),
      errors: [
        { messageId: "copied", sheet: SHEET.projects, cell: at("projects", "seModerationReason", 4), includes: "P06" },
        { messageId: "copied", sheet: SHEET.projects, cell: at("projects", "seModerationReason", 5), includes: "P05" },
      ],
    },
  ],
});
