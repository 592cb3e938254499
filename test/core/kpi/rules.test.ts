import { describe, expect, it } from "vitest";
import { parseWorkbook, runRules } from "../../../core";
import { kpiRules } from "../../../core/rules/kpi";
import assessedFlag from "../../../core/rules/kpi/assessed-flag";
import flaggedProjects from "../../../core/rules/kpi/flagged-projects";
import levelSummary from "../../../core/rules/kpi/level-summary";
import quarterlyMeetings from "../../../core/rules/kpi/quarterly-meetings";
import stepEvidence from "../../../core/rules/kpi/step-evidence";
import stepLate from "../../../core/rules/kpi/step-late";
import stepMissing from "../../../core/rules/kpi/step-missing";
import { workbookGrids } from "../../helpers/grids";
import { at, head, infoAt, ruleTester, runRule, SHEET } from "../rules/tester";
import { kpiWorkbook, meetingRows, typedAsDates } from "./fixtures";

const KPI = "ตัวชี้วัด 3.6";
const MEETINGS = "การประชุมติดตาม";
const inland = { info: { province: "ขอนแก่น" } };
const cluster = { info: { level: "กลุ่มจังหวัด", province: "ตราด", cluster: "กลุ่มจังหวัดภาคตะวันออก" } };
/** Index of a step's row in the fixture's kpi sheet. */
const row = (code: string) => ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1"].indexOf(code);

ruleTester(assessedFlag, {
  valid: [
    { name: "border province answers yes", input: kpiWorkbook({ info: { kpiAssessed: "ใช่" } }) },
    { name: "inland province answers no", input: kpiWorkbook({ info: { province: "ขอนแก่น", kpiAssessed: "ไม่ใช่" } }) },
    { name: "coastal Pattani answers yes", input: kpiWorkbook({ info: { province: "ปัตตานี", kpiAssessed: "ใช่" } }) },
    { name: "no answer given: the list decides", input: kpiWorkbook({ info: { kpiAssessed: null } }) },
    { name: "cluster workbook answers no", input: kpiWorkbook({ info: { ...cluster.info, kpiAssessed: "ไม่ใช่" } }) },
    { name: "no KPI defined for the year", input: kpiWorkbook({ info: { fiscalYear: 2553, province: "ขอนแก่น", kpiAssessed: "ใช่" } }) },
  ],
  invalid: [
    {
      name: "inland province answers yes",
      input: kpiWorkbook({ info: { province: "ขอนแก่น", kpiAssessed: "ใช่" } }),
      errors: [{ messageId: "saysAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "ขอนแก่น" }],
    },
    {
      name: "border province answers no",
      input: kpiWorkbook({ info: { province: "จังหวัดตราด", kpiAssessed: "ไม่ใช่" } }),
      errors: [{ messageId: "saysNotAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "ตราด" }],
    },
    {
      name: "cluster workbook answers yes",
      input: kpiWorkbook({ info: { ...cluster.info, kpiAssessed: "ใช่" } }),
      errors: [{ messageId: "saysAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "กลุ่มจังหวัด" }],
    },
  ],
});

ruleTester(stepLate, {
  valid: [
    { name: "every step on time", input: kpiWorkbook() },
    {
      name: "steps done on their due dates",
      input: kpiWorkbook({
        steps: { "1.3": { doneDate: "15 ม.ค. 52" }, "2.1": { doneDate: "7 เม.ย. 52" }, "4.1": { doneDate: "31 ต.ค. 52" } },
      }),
    },
    { name: "a step without a due date done late in the year", input: kpiWorkbook({ steps: { "2.2": { doneDate: "29 ก.ย. 52" } } }) },
    { name: "late, but the province is not assessed", input: kpiWorkbook({ ...inland, steps: { "1.3": { doneDate: "20 ม.ค. 52" } } }) },
  ],
  invalid: [
    {
      name: "plan sent to กอ.รมน. on 20 ม.ค. 52",
      input: kpiWorkbook({ steps: { "1.3": { doneDate: "20 ม.ค. 52" } } }),
      errors: [
        {
          messageId: "late",
          sheet: KPI,
          cell: at("kpi", "doneDate", row("1.3")),
          includes: "ส่งเมื่อ 20 ม.ค. 2552 หลังกำหนด 15 ม.ค. 2552 จึงไม่ผ่านระดับ 1",
        },
      ],
    },
    {
      name: "summary report a day late, in the next fiscal year",
      input: kpiWorkbook({ steps: { "4.1": { doneDate: "1 พ.ย. 52" } } }),
      errors: [{ messageId: "late", sheet: KPI, cell: at("kpi", "doneDate", row("4.1")), includes: "ระดับ 4" }],
    },
  ],
});

ruleTester(stepEvidence, {
  valid: [
    { name: "every step with evidence", input: kpiWorkbook() },
    { name: "a step not yet done has no evidence yet", input: kpiWorkbook({ steps: { "4.1": { doneDate: null, evidence: null } } }) },
    { name: "the verdict needs no evidence", input: kpiWorkbook({ steps: { "5.1": { evidence: null } } }) },
  ],
  invalid: [
    {
      name: "review of measures done without evidence",
      input: kpiWorkbook({ steps: { "2.2": { evidence: null } } }),
      errors: [{ messageId: "noEvidence", sheet: KPI, cell: at("kpi", "evidence", row("2.2")), includes: "2.2" }],
    },
  ],
});

ruleTester(stepMissing, {
  valid: [
    { name: "every step has its row", input: kpiWorkbook() },
    { name: "an inland province records nothing", input: { info: { ...kpiWorkbook().info, province: "ขอนแก่น" } } },
  ],
  invalid: [
    {
      name: "no step rows at all",
      input: { info: kpiWorkbook().info, kpiMeetings: meetingRows() },
      errors: [{ messageId: "missing", sheet: KPI, cell: head("kpi", "step"), includes: "1.1, 1.2, 1.3, 2.1, 2.2, 3.1, 4.1, 5.1" }],
    },
    {
      name: "the verdict row is missing",
      input: kpiWorkbook({ steps: { "5.1": null } }),
      errors: [{ messageId: "missing", sheet: KPI, cell: head("kpi", "step"), includes: "5.1" }],
    },
    {
      name: "the KPI sheet is missing: reported at A1 of the info sheet",
      input: () => parseWorkbook(workbookGrids(kpiWorkbook(), { omitSheets: ["kpi"] })),
      errors: [{ messageId: "missing", sheet: SHEET.info, cell: "A1" }],
    },
  ],
});

ruleTester(quarterlyMeetings, {
  valid: [
    { name: "a meeting in every quarter", input: kpiWorkbook() },
    {
      name: "meetings on the first and last days of quarters",
      input: kpiWorkbook({ meetings: meetingRows(["1 ต.ค. 51", "31 มี.ค. 52", "1 เม.ย. 52", "30 ก.ย. 52"]) }),
    },
    { name: "a cluster workbook keeps no meetings", input: kpiWorkbook({ ...cluster, meetings: [] }) },
  ],
  invalid: [
    {
      name: "no meeting in Q3",
      input: kpiWorkbook({ meetings: meetingRows(["15 พ.ย. 51", "20 ก.พ. 52", "14 ส.ค. 52"]) }),
      errors: [{ messageId: "quarter", sheet: MEETINGS, cell: head("kpiMeetings", "date"), includes: "ไตรมาส 3 (เม.ย.–มิ.ย. 52)" }],
    },
    {
      name: "the only meetings fall outside the fiscal year",
      input: kpiWorkbook({ meetings: meetingRows(["30 ก.ย. 51", "1 ต.ค. 52"]) }),
      errors: [1, 2, 3, 4].map((q) => ({
        messageId: "quarter",
        sheet: MEETINGS,
        cell: head("kpiMeetings", "date"),
        includes: `ไตรมาส ${q}`,
      })),
    },
  ],
});

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

ruleTester(levelSummary, {
  valid: [],
  invalid: [
    {
      name: "all done: level 5, weighted 0.15",
      input: kpiWorkbook(),
      errors: [
        {
          messageId: "level",
          sheet: KPI,
          cell: "A1",
          severity: "info",
          includes: "ผ่านระดับ 5 · คะแนน 5 · น้ำหนักร้อยละ 3 · คะแนนถ่วงน้ำหนัก 0.15",
        },
      ],
    },
    {
      name: "nothing recorded: level 1 not reached, 0",
      input: { info: kpiWorkbook().info },
      errors: [{ messageId: "level", sheet: KPI, cell: "A1", severity: "info", includes: "ไม่ผ่านระดับ 1 · คะแนน 0" }],
    },
    {
      name: "inland province: not assessed, never 0",
      input: kpiWorkbook(inland),
      errors: [{ messageId: "notAssessed", sheet: KPI, cell: "A1", severity: "info", includes: "ไม่ต้องประเมิน" }],
    },
  ],
});

describe("the kpi rule family", () => {
  it("has unique ids in the kpi family, each with Thai and English texts", () => {
    expect(new Set(kpiRules.map((r) => r.id)).size).toBe(kpiRules.length);
    for (const r of kpiRules) {
      expect(r.id).toMatch(/^kpi\//);
      expect(r.criterion).toBe("kpi");
      expect(r.title.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.fix.en).toMatch(/[A-Za-z]/);
    }
  });

  it("finds nothing to fix in a province that did everything on time", () => {
    const findings = runRules(parseWorkbook(workbookGrids(kpiWorkbook({ ...typedAsDates(), info: { kpiAssessed: "ใช่" } }))), {
      rules: kpiRules,
    });
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(["info kpi/level"]);
  });

  it("agrees with the score: a late step is an error and the level stops below it", () => {
    const m = parseWorkbook(workbookGrids(kpiWorkbook({ steps: { "2.1": { doneDate: "8 เม.ย. 52" } } })));
    const findings = runRules(m, { rules: kpiRules });
    expect(findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual(["kpi/step-late"]);
    expect(findings.find((f) => f.ruleId === "kpi/level")?.message).toContain("ผ่านระดับ 1 ");
    expect(runRule(stepLate, m)[0].messageEn).toMatch(/level 2 and every level above are not reached/);
  });
});
