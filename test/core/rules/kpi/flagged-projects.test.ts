import flaggedProjects from "../../../../core/rules/kpi/flagged-projects";
import { head, ruleTester, SHEET } from "../tester";
import { inland, kpiWorkbook } from "../../kpi/fixtures";

ruleTester(flaggedProjects, {
  valid: [
    { name: "a security-plan project that is also a pilot", input: kpiWorkbook() },
    { name: "an inland province flags nothing", input: kpiWorkbook({ ...inland, projects: [{ code: "P01", name: "ก" }] }) },
  ],
  invalid: [
    {
      name: "no project flagged",
      input: kpiWorkbook({ projects: [{ code: "P01", name: "ก", securityPlan: "ไม่ใช่" }] }),
      errors: [
        { messageId: "noSecurity", sheet: SHEET.projects, cell: head("projects", "securityPlan") },
        { messageId: "noPilot", sheet: SHEET.projects, cell: head("projects", "pilot") },
      ],
    },
    {
      name: "security projects but no pilot",
      input: kpiWorkbook({ projects: [{ code: "P01", name: "ก", securityPlan: "ใช่" }] }),
      errors: [{ messageId: "noPilot", sheet: SHEET.projects, cell: head("projects", "pilot"), includes: "1.2" }],
    },
  ],
});
