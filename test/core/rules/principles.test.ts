import issueBasis from "../../../core/rules/criteria/issue-basis";
import issueNeed from "../../../core/rules/criteria/issue-need";
import needAnswered from "../../../core/rules/criteria/need-answered";
import jobsIncome from "../../../core/rules/criteria/jobs-income";
import budgetShare from "../../../core/rules/criteria/budget-share";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, head, ruleTester, variant } from "./tester";

ruleTester(issueBasis, {
  valid: [
    { name: "every issue names a strength or opportunity", input: validPlan },
    { name: "codes match whatever their case", input: variant((p) => (p.issues![0].swotCodes = "s1, w1")) },
  ],
  invalid: [
    {
      name: "issue built only on weaknesses",
      input: variant((p) => (p.issues![0].swotCodes = "W1, W2")),
      errors: [{ messageId: "none", sheet: SHEET.issues, cell: at("issues", "swotCodes", 0), includes: "1" }],
    },
    {
      name: "issue names a SWOT code that does not exist (and so no strength)",
      input: variant((p) => (p.issues![3].swotCodes = "O9")),
      errors: [
        { messageId: "unknown", sheet: SHEET.issues, cell: at("issues", "swotCodes", 3), includes: "O9" },
        { messageId: "none", sheet: SHEET.issues, cell: at("issues", "swotCodes", 3) },
      ],
    },
  ],
});

ruleTester(issueNeed, {
  valid: [{ name: "every issue answers a hearing need", input: validPlan }],
  invalid: [
    {
      name: "issue with no need",
      input: variant((p) => (p.issues![1].needIds = null)),
      errors: [{ messageId: "none", sheet: SHEET.issues, cell: at("issues", "needIds", 1) }],
    },
    {
      name: "issue naming an unknown need keeps its real one",
      input: variant((p) => (p.issues![0].needIds = "N1, N99")),
      errors: [{ messageId: "unknown", sheet: SHEET.issues, cell: at("issues", "needIds", 0), includes: "N99" }],
    },
  ],
});

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

ruleTester(budgetShare, {
  valid: [{ name: "an information finding is never an error", input: validPlan }],
  invalid: [
    {
      name: "reports the share of the budget that creates jobs or income",
      input: validPlan,
      errors: [{ messageId: "share", sheet: SHEET.projects, cell: head("projects", "jobs"), severity: "info", includes: "ร้อยละ 80.8" }],
    },
  ],
});
