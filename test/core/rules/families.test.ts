import sectors from "../../../core/rules/criteria/committee-sectors";
import chair from "../../../core/rules/criteria/committee-chair";
import secretary from "../../../core/rules/criteria/committee-secretary";
import groups from "../../../core/rules/criteria/hearing-groups";
import beforeAdoption from "../../../core/rules/criteria/hearing-before-adoption";
import stepOrder from "../../../core/rules/criteria/step-order";
import missingStep from "../../../core/rules/criteria/missing-step";
import planStatus from "../../../core/rules/criteria/plan-status";
import ceiling from "../../../core/rules/criteria/budget-ceiling";
import approved from "../../../core/rules/criteria/budget-approved";
import totals from "../../../core/rules/criteria/budget-totals";
import statements from "../../../core/rules/criteria/positioning-statements";
import links from "../../../core/rules/criteria/positioning-links";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, head, infoAt, ruleTester, variant } from "./tester";

const ADOPTION = 2; // row index of ก.บ.จ./ก.บ.ก. เห็นชอบ in the valid plan's approval steps

ruleTester(sectors, {
  valid: [{ name: "four sectors on the ก.บ.จ.", input: validPlan }],
  invalid: [
    {
      name: "no civil society",
      input: variant((p) => (p.committee = p.committee!.filter((m) => m.sector !== "ภาคประชาสังคม"))),
      errors: [{ messageId: "missing", sheet: SHEET.committee, cell: head("committee", "sector"), includes: "ภาคประชาสังคม" }],
    },
    {
      name: "an empty roster",
      input: variant((p) => (p.committee = [])),
      errors: [{ messageId: "empty", sheet: SHEET.committee, cell: "A1" }],
    },
  ],
});

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

ruleTester(secretary, {
  valid: [{ name: "a secretary is named", input: validPlan }],
  invalid: [
    {
      name: "no secretary",
      input: variant((p) => (p.committee![5].role = "กรรมการ")),
      errors: [{ messageId: "none", sheet: SHEET.committee, cell: head("committee", "role") }],
    },
  ],
});

ruleTester(groups, {
  valid: [{ name: "every hearing heard all four groups", input: validPlan }],
  invalid: [
    {
      name: "a hearing without business and one without local executives",
      input: variant((p) => {
        p.hearings![0].business = 0;
        p.hearings![1].localExecutives = null;
      }),
      errors: [
        { messageId: "missing", sheet: SHEET.hearings, cell: at("hearings", "business", 0), includes: "H1" },
        { messageId: "missing", sheet: SHEET.hearings, cell: at("hearings", "localExecutives", 1), includes: "ผู้บริหาร อปท." },
      ],
    },
  ],
});

ruleTester(beforeAdoption, {
  valid: [
    { name: "hearings held before adoption", input: validPlan },
    { name: "a hearing on the day of adoption counts", input: variant((p) => (p.hearings![0].date = "15 ส.ค. 51")) },
    { name: "a draft not yet adopted", input: variant((p) => (p.approvals![ADOPTION].date = null)) },
  ],
  invalid: [
    {
      name: "every hearing after adoption",
      input: variant((p) => p.hearings!.forEach((h) => (h.date = "1 ก.ย. 51"))),
      errors: [{ messageId: "late", sheet: SHEET.approvals, cell: at("approvals", "date", ADOPTION), includes: "15 ส.ค. 2551" }],
    },
    {
      name: "no hearing at all",
      input: variant((p) => (p.hearings = [])),
      errors: [{ messageId: "none", sheet: SHEET.hearings, cell: "A1" }],
    },
  ],
});

ruleTester(stepOrder, {
  valid: [{ name: "steps in order", input: validPlan }],
  invalid: [
    {
      name: "Cabinet approval dated before the policy committee's review",
      input: variant((p) => (p.approvals![4].date = "1 ก.ย. 51")),
      errors: [{ messageId: "early", sheet: SHEET.approvals, cell: at("approvals", "date", 4), includes: "ก.น.จ. พิจารณา" }],
    },
  ],
});

ruleTester(missingStep, {
  valid: [
    { name: "all six steps", input: validPlan },
    {
      name: "later steps listed without dates (not yet done)",
      input: variant((p) => {
        p.info!.planStatus = "ก.บ.จ./ก.บ.ก. เห็นชอบ";
        for (const a of p.approvals!.slice(3)) a.date = null;
      }),
    },
  ],
  invalid: [
    {
      name: "district step skipped while later steps are dated (a warning)",
      input: variant((p) => (p.approvals![1].date = null)),
      errors: [{ messageId: "skipped", sheet: SHEET.approvals, cell: at("approvals", "date", 1), severity: "warning" }],
    },
    {
      name: "a step not listed at all",
      input: variant((p) => p.approvals!.splice(5, 1)),
      errors: [{ messageId: "unlisted", sheet: SHEET.approvals, cell: "A1", severity: "warning", includes: "สงป." }],
    },
  ],
});

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

ruleTester(ceiling, {
  valid: [
    { name: "27 million against 30, 25 million against 40", input: validPlan },
    {
      name: "rejected and deferred projects draw on no ceiling",
      input: variant((p) => {
        p.info!.provinceCeiling = 20_000_000;
        p.projects![2].decision = "ไม่อนุมัติ";
        p.projects![3].decision = "ชะลอ";
      }),
    },
  ],
  invalid: [
    {
      name: "province projects over the province ceiling",
      input: variant((p) => (p.info!.provinceCeiling = 26_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "budget"), includes: "1,000,000" }],
    },
    {
      name: "a cluster project counts against the cluster ceiling, not the province's",
      input: variant((p) => (p.info!.clusterCeiling = 20_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "budget"), includes: "วงเงินงบกลุ่มจังหวัด" }],
    },
    {
      name: "a missing ceiling is a warning",
      input: variant((p) => (p.info!.clusterCeiling = null)),
      errors: [{ messageId: "noCeiling", sheet: SHEET.info, cell: infoAt("clusterCeiling"), severity: "warning" }],
    },
  ],
});

ruleTester(approved, {
  valid: [{ name: "approved projects fit", input: validPlan }],
  invalid: [
    {
      name: "approved province projects over the ceiling",
      input: variant((p) => (p.info!.provinceCeiling = 10_000_000)),
      errors: [{ messageId: "over", sheet: SHEET.projects, cell: head("projects", "decision"), includes: "27,000,000" }],
    },
  ],
});

ruleTester(totals, {
  valid: [{ name: "totals are information only", input: validPlan }],
  invalid: [
    {
      name: "reports each kind's total",
      input: validPlan,
      errors: [
        {
          messageId: "totals",
          sheet: SHEET.projects,
          cell: head("projects", "kind"),
          severity: "info",
          includes: "ส่วนราชการ 3 โครงการ 22,000,000 บาท",
        },
      ],
    },
  ],
});

ruleTester(statements, {
  valid: [{ name: "one vision, missions, a positioning", input: validPlan }],
  invalid: [
    {
      name: "two visions and no positioning",
      input: variant((p) => {
        p.positioning![3].type = "วิสัยทัศน์";
      }),
      errors: [
        { messageId: "manyVisions", sheet: SHEET.positioning, cell: at("positioning", "type", 3) },
        { messageId: "noPositioning", sheet: SHEET.positioning, cell: head("positioning", "type") },
      ],
    },
    {
      name: "nothing at all",
      input: variant((p) => (p.positioning = [])),
      errors: ["noVision", "noMission", "noPositioning"].map((messageId) => ({
        messageId,
        sheet: SHEET.positioning,
        cell: head("positioning", "type"),
      })),
    },
  ],
});

ruleTester(links, {
  valid: [{ name: "missions and positioning link every issue", input: validPlan }],
  invalid: [
    {
      name: "a mission naming a missing issue, leaving issue 4 unlinked",
      input: variant((p) => (p.positioning![1].issueNos = "1, 7")),
      errors: [
        { messageId: "unknown", sheet: SHEET.positioning, cell: at("positioning", "issueNos", 1), includes: "7" },
        { messageId: "orphan", sheet: SHEET.issues, cell: at("issues", "no", 3), includes: "4" },
      ],
    },
    {
      name: "a positioning statement linking nothing",
      input: variant((p) => (p.positioning![3].issueNos = null)),
      errors: [{ messageId: "none", sheet: SHEET.positioning, cell: at("positioning", "issueNos", 3), includes: "P1" }],
    },
  ],
});
