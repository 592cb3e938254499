import projectApproach from "../../../../core/rules/3.4/project-approach";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(projectApproach, {
  valid: [{ name: "each project under an approach, each approach with projects", input: validPlan }],
  invalid: [
    {
      name: "a project under an unknown approach leaves its own approach empty",
      input: variant((p) => (p.projects![0].approachCode = "1.9")),
      errors: [
        { messageId: "unknown", sheet: SHEET.projects, cell: at("projects", "approachCode", 0), includes: "1.9" },
        { messageId: "empty", sheet: SHEET.approaches, cell: at("approaches", "code", 0), includes: "1.1" },
      ],
    },
    {
      name: "an approach without projects",
      input: variant((p) => p.approaches!.push({ code: "2.2", issueNo: 2, text: "ฟื้นฟูแนวปะการัง", objectiveCodes: "OB2" })),
      errors: [{ messageId: "empty", sheet: SHEET.approaches, cell: at("approaches", "code", 5) }],
    },
  ],
});
