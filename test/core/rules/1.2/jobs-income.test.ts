import jobsIncome from "../../../../core/rules/1.2/jobs-income";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

ruleTester(jobsIncome, {
  valid: [
    { name: "jobs, income or a reason for none", input: validPlan },
    { name: "income with no jobs, stated as 0", input: variant((p) => (p.projects![0].jobs = 0)) },
  ],
  invalid: [
    {
      name: "jobs given but the income left blank",
      input: variant((p) => (p.projects![0].income = null)),
      errors: [{ messageId: "noIncome", sheet: SHEET.projects, cell: at("projects", "income", 0), includes: "P01" }],
    },
    {
      name: "income given but the jobs left blank",
      input: variant((p) => (p.projects![0].jobs = null)),
      errors: [{ messageId: "noJobs", sheet: SHEET.projects, cell: at("projects", "jobs", 0), includes: "P01" }],
    },
    {
      name: "no jobs, no income, no reason",
      input: variant((p) => (p.projects![2].noJobsReason = null)),
      errors: [{ messageId: "missing", sheet: SHEET.projects, cell: at("projects", "jobs", 2), includes: "P03" }],
    },
    {
      name: "a reason below 20 characters",
      input: variant((p) => (p.projects![2].noJobsReason = "ไม่มีรายได้")),
      errors: [{ messageId: "missing", sheet: SHEET.projects, cell: at("projects", "noJobsReason", 2) }],
    },
    {
      name: "a reason copied word for word from another project",
      input: variant((p) => (p.projects![3].noJobsReason = p.projects![2].noJobsReason)),
      errors: [
        { messageId: "missing", sheet: SHEET.projects, cell: at("projects", "noJobsReason", 2) },
        { messageId: "missing", sheet: SHEET.projects, cell: at("projects", "noJobsReason", 3) },
      ],
    },
  ],
});
