import { describe, expect, it } from "vitest";
import answered from "../../../core/rules/criteria/sufficiency-answered";
import reasoned from "../../../core/rules/criteria/sufficiency-reasoned";
import principles from "../../../core/rules/criteria/sufficiency-principles";
import chain from "../../../core/rules/criteria/chain";
import issueLinks from "../../../core/rules/criteria/issue-links";
import missionGroup from "../../../core/rules/criteria/mission-group";
import scope from "../../../core/rules/criteria/scope";
import summary from "../../../core/rules/criteria/quality-summary";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, modelOf, ruleTester, runRule, variant } from "./tester";

ruleTester(answered, {
  valid: [{ name: "all five parts answered", input: validPlan }],
  invalid: [
    {
      name: "a condition left unanswered",
      input: variant((p) => (p.projects![1].seKnowledge = null)),
      errors: [{ messageId: "unanswered", sheet: SHEET.projects, cell: at("projects", "seKnowledge", 1), includes: "เงื่อนไขความรู้" }],
    },
  ],
});

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

ruleTester(principles, {
  valid: [
    { name: "all three principles met", input: validPlan },
    { name: "a condition answered ไม่ใช่ is not a principle", input: variant((p) => (p.projects![0].seMorality = "ไม่ใช่")) },
  ],
  invalid: [
    {
      name: "a principle answered ไม่ใช่ is a warning",
      input: variant((p) => (p.projects![2].seImmunity = "ไม่ใช่")),
      errors: [{ messageId: "notMet", sheet: SHEET.projects, cell: at("projects", "seImmunity", 2), severity: "warning", includes: "P03" }],
    },
  ],
});

ruleTester(chain, {
  valid: [{ name: "every project reaches an objective", input: validPlan }],
  invalid: [
    {
      name: "a project under an issue that does not exist",
      input: variant((p) => (p.projects![0].issueNo = 9)),
      errors: [{ messageId: "noIssue", sheet: SHEET.projects, cell: at("projects", "issueNo", 0), includes: "9" }],
    },
    {
      name: "a project whose approach belongs to another issue",
      input: variant((p) => (p.projects![0].approachCode = "2.1")),
      errors: [{ messageId: "approachElsewhere", sheet: SHEET.projects, cell: at("projects", "approachCode", 0) }],
    },
    {
      name: "neither the issue nor the approach names an existing objective",
      input: variant((p) => {
        p.issues![2].objectiveCodes = "OB9";
        p.approaches![3].objectiveCodes = null;
      }),
      errors: [{ messageId: "noObjective", sheet: SHEET.projects, cell: at("projects", "issueNo", 3), includes: "P04" }],
    },
  ],
});

ruleTester(issueLinks, {
  valid: [{ name: "issues name objectives, approaches sit under issues", input: validPlan }],
  invalid: [
    {
      name: "an issue with no objective, another with an unknown one",
      input: variant((p) => {
        p.issues![0].objectiveCodes = null;
        p.issues![1].objectiveCodes = "OB2, OB7";
      }),
      errors: [
        { messageId: "issueNoObjective", sheet: SHEET.issues, cell: at("issues", "objectiveCodes", 0) },
        { messageId: "unknownObjective", sheet: SHEET.issues, cell: at("issues", "objectiveCodes", 1), includes: "OB7" },
      ],
    },
    {
      name: "an approach under a missing issue",
      input: variant((p) => (p.approaches![4].issueNo = 5)),
      errors: [{ messageId: "approachNoIssue", sheet: SHEET.approaches, cell: at("approaches", "issueNo", 4) }],
    },
  ],
});

ruleTester(missionGroup, {
  valid: [{ name: "projects share their issue's mission group", input: validPlan }],
  invalid: [
    {
      name: "an economic project under a social issue",
      input: variant((p) => (p.projects![2].missionGroup = "ด้านเศรษฐกิจ")),
      errors: [{ messageId: "mismatch", sheet: SHEET.projects, cell: at("projects", "missionGroup", 2), includes: "ด้านสังคม" }],
    },
  ],
});

ruleTester(scope, {
  valid: [{ name: "cluster project under the cluster issue", input: validPlan }],
  invalid: [
    {
      name: "a cluster project under a province issue",
      input: variant((p) => {
        p.projects![5].issueNo = 1;
        p.projects![5].approachCode = "1.2";
      }),
      errors: [{ messageId: "clusterToProvince", sheet: SHEET.projects, cell: at("projects", "issueNo", 5) }],
    },
    {
      name: "a province project under the cluster issue",
      input: variant((p) => (p.projects![4].issueNo = 4)),
      errors: [{ messageId: "provinceToCluster", sheet: SHEET.projects, cell: at("projects", "issueNo", 4), includes: "ความร่วมมือเอกชน" }],
    },
  ],
});

describe("2.3/quality-summary", () => {
  it("is information when the plan and its projects meet 3.x and 4.x", () => {
    const [r] = runRule(summary, modelOf(validPlan()));
    expect(r).toMatchObject({ severity: "info", sheet: SHEET.info, cell: "A1" });
    expect(r.message).toContain("ผ่าน 4 จาก 4 ข้อ");
    expect(r.message).toContain("6 จาก 6 โครงการ");
  });

  it("counts the findings of the 3.x and 4.x rules and warns", () => {
    const plan = validPlan();
    plan.swot = plan.swot!.filter((s) => s.type !== "โอกาส"); // 3.1 fails; issues lose O1 (not a 3.x/4.x matter)
    plan.projects![0].budget = -5; // 4.2 fails for P01
    plan.projects![1].beneficiaries = null; // 4.4 fails for P02
    const [r] = runRule(summary, modelOf(plan));
    expect(r.severity).toBe("warning");
    expect(r.data).toMatchObject({ planPassed: 3, planErrors: 1, projectPassed: 2, okProjects: 4, projects: 6, projectErrors: 2 });
  });
});
