import rationaleEvidence from "../../../core/rules/criteria/rationale-evidence";
import rationaleNeed from "../../../core/rules/criteria/rationale-need";
import dates from "../../../core/rules/criteria/fiscal-dates";
import budgetPositive from "../../../core/rules/criteria/budget-positive";
import agencyLocation from "../../../core/rules/criteria/agency-location";
import readiness from "../../../core/rules/criteria/readiness";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "./tester";

ruleTester(rationaleEvidence, {
  valid: [
    { name: "rationales with figures or sources", input: validPlan },
    { name: "an empty rationale is left to the required-field rule", input: variant((p) => (p.projects![0].rationale = null)) },
  ],
  invalid: [
    {
      name: "a rationale with neither figure nor source",
      input: variant((p) => (p.projects![1].rationale = "ผลไม้ราคาตกต่ำ เกษตรกรเดือดร้อน")),
      errors: [{ messageId: "noEvidence", sheet: SHEET.projects, cell: at("projects", "rationale", 1), includes: "P02" }],
    },
  ],
});

ruleTester(rationaleNeed, {
  valid: [
    { name: "each project answers a need or weakness", input: validPlan },
    { name: "a weakness alone is enough", input: variant((p) => (p.projects![0].needIds = null)) },
  ],
  invalid: [
    {
      name: "neither need nor weakness",
      input: variant((p) => {
        p.projects![0].needIds = null;
        p.projects![0].swotCodes = null;
      }),
      errors: [{ messageId: "none", sheet: SHEET.projects, cell: at("projects", "needIds", 0) }],
    },
    {
      name: "an unknown need id",
      input: variant((p) => (p.projects![0].needIds = "N1, N42")),
      errors: [{ messageId: "unknownNeed", sheet: SHEET.projects, cell: at("projects", "needIds", 0), includes: "N42" }],
    },
    {
      name: "a strength in the weakness column is misplaced (warning), and ties nothing",
      input: variant((p) => {
        p.projects![4].needIds = null;
        p.projects![4].swotCodes = "S1";
      }),
      errors: [
        { messageId: "unknownSwot", sheet: SHEET.projects, cell: at("projects", "swotCodes", 4), severity: "warning" },
        { messageId: "none", sheet: SHEET.projects, cell: at("projects", "needIds", 4) },
      ],
    },
  ],
});

ruleTester(dates, {
  valid: [
    { name: "inside fiscal year 2552 (1 ต.ค. 51 – 30 ก.ย. 52)", input: validPlan },
    {
      name: "a multi-year project may run past the fiscal year",
      input: variant((p) => {
        p.projects![2].multiYear = "ใช่";
        p.projects![2].endDate = "30/09/2553";
      }),
    },
  ],
  invalid: [
    {
      name: "ends after the fiscal year, not multi-year",
      input: variant((p) => (p.projects![2].endDate = "1 ต.ค. 52")),
      errors: [{ messageId: "outside", sheet: SHEET.projects, cell: at("projects", "endDate", 2), includes: "1 ต.ค. 2552" }],
    },
    {
      name: "starts before the fiscal year (Excel serial for 30 Sep 2008)",
      input: variant((p) => (p.projects![0].startDate = 39721)),
      errors: [{ messageId: "outside", sheet: SHEET.projects, cell: at("projects", "startDate", 0) }],
    },
    {
      name: "starts after it ends",
      input: variant((p) => {
        p.projects![1].startDate = "1 มี.ค. 52";
        p.projects![1].endDate = "1 ก.พ. 52";
      }),
      errors: [{ messageId: "order", sheet: SHEET.projects, cell: at("projects", "startDate", 1) }],
    },
  ],
});

ruleTester(budgetPositive, {
  valid: [{ name: "positive budgets", input: validPlan }],
  invalid: [
    {
      name: "a zero budget",
      input: variant((p) => (p.projects![3].budget = 0)),
      errors: [{ messageId: "notPositive", sheet: SHEET.projects, cell: at("projects", "budget", 3), includes: "P04" }],
    },
  ],
});

ruleTester(agencyLocation, {
  valid: [{ name: "agency and location given", input: validPlan }],
  invalid: [
    {
      name: "no agency, no location",
      input: variant((p) => {
        p.projects![0].agency = null;
        p.projects![0].location = "";
      }),
      errors: [
        { messageId: "noAgency", sheet: SHEET.projects, cell: at("projects", "agency", 0) },
        { messageId: "noLocation", sheet: SHEET.projects, cell: at("projects", "location", 0) },
      ],
    },
  ],
});

ruleTester(readiness, {
  valid: [
    { name: "ready or not needed", input: validPlan },
    { name: "in progress is recorded and not flagged", input: variant((p) => (p.projects![0].readyPermits = "อยู่ระหว่างดำเนินการ")) },
  ],
  invalid: [
    {
      name: "land not ready is a warning",
      input: variant((p) => (p.projects![0].readyLand = "ไม่พร้อม")),
      errors: [
        { messageId: "notReady", sheet: SHEET.projects, cell: at("projects", "readyLand", 0), severity: "warning", includes: "ที่ดิน" },
      ],
    },
    {
      name: "design not recorded is an error",
      input: variant((p) => (p.projects![1].readyDesign = null)),
      errors: [{ messageId: "unrecorded", sheet: SHEET.projects, cell: at("projects", "readyDesign", 1), severity: "error" }],
    },
  ],
});
