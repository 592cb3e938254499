import quadrants from "../../../core/rules/criteria/swot-quadrants";
import evidence from "../../../core/rules/criteria/swot-evidence";
import indicator from "../../../core/rules/criteria/objective-indicator";
import qualitative from "../../../core/rules/criteria/qualitative-target";
import approachObjective from "../../../core/rules/criteria/approach-objective";
import projectApproach from "../../../core/rules/criteria/project-approach";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, head, ruleTester, variant } from "./tester";

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

ruleTester(evidence, {
  valid: [
    { name: "weaknesses and threats with figures or sources", input: validPlan },
    { name: "Thai digits count as a figure", input: variant((p) => (p.swot![5].evidence = "ขยะ ๒๕ ตันต่อวัน")) },
    { name: "a URL counts as a source", input: variant((p) => (p.swot![5].evidence = "https://www.trat.go.th/waste")) },
    { name: "strengths need no evidence", input: variant((p) => (p.swot![0].text = "ผลไม้อร่อย")) },
  ],
  invalid: [
    {
      name: "a threat stated without figure or source",
      input: variant((p) => (p.swot![5].evidence = "ขยะเยอะมาก")),
      errors: [{ messageId: "noEvidence", sheet: SHEET.swot, cell: at("swot", "evidence", 5), includes: "T1" }],
    },
    {
      name: "a source word removed from the settings no longer counts",
      input: variant((p) => (p.swot![3].evidence = "รายงานการแปรรูป")),
      options: { settings: { evidenceWords: ["ที่มา"] } },
      errors: [{ messageId: "noEvidence", sheet: SHEET.swot, cell: at("swot", "evidence", 3), includes: "W2" }],
    },
  ],
});

ruleTester(indicator, {
  valid: [{ name: "numeric indicators within the plan period", input: validPlan }],
  invalid: [
    {
      name: "no baseline",
      input: variant((p) => (p.objectives![0].baseline = null)),
      errors: [{ messageId: "missing", sheet: SHEET.objectives, cell: at("objectives", "baseline", 0), includes: "ค่าฐาน" }],
    },
    {
      name: "no unit and no target: the row's indicator span",
      input: variant((p) => {
        p.objectives![1].unit = null;
        p.objectives![1].target = null;
      }),
      errors: [
        { messageId: "missing", sheet: SHEET.objectives, cell: `${at("objectives", "indicator", 1)}:${at("objectives", "targetYear", 1)}` },
      ],
    },
    {
      name: "a target year after the plan period",
      input: variant((p) => (p.objectives![2].targetYear = 2558)),
      errors: [{ messageId: "yearOutside", sheet: SHEET.objectives, cell: at("objectives", "targetYear", 2), includes: "2552–2555" }],
    },
  ],
});

ruleTester(qualitative, {
  valid: [{ name: "qualitative targets given", input: validPlan }],
  invalid: [
    {
      name: "no qualitative target",
      input: variant((p) => (p.objectives![1].qualitativeTarget = " ")),
      errors: [{ messageId: "missing", sheet: SHEET.objectives, cell: at("objectives", "qualitativeTarget", 1), includes: "OB2" }],
    },
  ],
});

ruleTester(approachObjective, {
  valid: [{ name: "approaches and objectives answer each other", input: validPlan }],
  invalid: [
    {
      name: "an approach serving nothing, and its objective left without approach",
      input: variant((p) => (p.approaches![3].objectiveCodes = null)),
      errors: [
        { messageId: "none", sheet: SHEET.approaches, cell: at("approaches", "objectiveCodes", 3) },
        { messageId: "orphan", sheet: SHEET.objectives, cell: at("objectives", "code", 2), includes: "OB3" },
      ],
    },
    {
      name: "an approach naming an unknown objective",
      input: variant((p) => (p.approaches![0].objectiveCodes = "OB1, OB8")),
      errors: [{ messageId: "unknown", sheet: SHEET.approaches, cell: at("approaches", "objectiveCodes", 0), includes: "OB8" }],
    },
  ],
});

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
