import { describe, expect, it } from "vitest";
import { parseWorkbook, REFERENCE, type ReferenceData } from "../../../core";
import { parseIssueRules } from "../../../core/rules/criteria/data-parse-issues";
import duplicateCode from "../../../core/rules/criteria/duplicate-code";
import required from "../../../core/rules/criteria/required-fields";
import plausibleYears from "../../../core/rules/criteria/plausible-years";
import provinceKnown from "../../../core/rules/criteria/province-known";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";
import { SHEET, at, infoAt, modelOf, ruleTester, runRule, variant } from "./tester";

const rule = (kind: string) => parseIssueRules.find((r) => r.id === `data/${kind}`)!;

describe("one data rule per parse-issue kind", () => {
  it("covers every kind the parser reports", () => {
    expect(parseIssueRules.map((r) => r.id)).toEqual([
      "data/missing-sheet",
      "data/missing-column",
      "data/unreadable-value",
      "data/error-value",
      "data/missing-version",
      "data/newer-version",
    ]);
  });
});

ruleTester(rule("missing-sheet"), {
  valid: [{ name: "every sheet present", input: validPlan }],
  invalid: [
    {
      name: "no SWOT sheet: reported at A1 of the info sheet",
      input: () => parseWorkbook(workbookGrids(validPlan(), { omitSheets: ["swot"] })),
      errors: [{ messageId: "missing-sheet", sheet: SHEET.info, cell: "A1" }],
    },
  ],
});

ruleTester(rule("missing-column"), {
  valid: [{ name: "every column present", input: validPlan }],
  invalid: [
    {
      name: "the info form lacks an optional field (a warning)",
      input: () => {
        const grids = workbookGrids(validPlan());
        const info = grids[0];
        info.rows = info.rows.filter((r) => r[2] !== "preparedBy");
        return parseWorkbook(grids);
      },
      errors: [{ messageId: "missing-column", sheet: SHEET.info, cell: "A13", severity: "warning" }],
    },
  ],
});

ruleTester(rule("unreadable-value"), {
  valid: [{ name: "Thai digits, Thai dates and serials all read", input: variant((p) => (p.projects![0].budget = "๑๒,๐๐๐,๐๐๐ บาท")) }],
  invalid: [
    {
      name: "a budget in words",
      input: variant((p) => (p.projects![0].budget = "สิบสองล้าน")),
      errors: [{ messageId: "unreadable-value", sheet: SHEET.projects, cell: at("projects", "budget", 0), includes: "สิบสองล้าน" }],
    },
  ],
});

ruleTester(rule("error-value"), {
  valid: [{ name: "no error values", input: validPlan }],
  invalid: [
    {
      name: "#REF! in a date",
      input: variant((p) => (p.projects![2].endDate = "#REF!")),
      errors: [{ messageId: "error-value", sheet: SHEET.projects, cell: at("projects", "endDate", 2), includes: "#REF!" }],
    },
  ],
});

ruleTester(rule("missing-version"), {
  valid: [{ name: "the _meta sheet carries the version", input: validPlan }],
  invalid: [
    {
      name: "no _meta sheet (a warning)",
      input: () => parseWorkbook(workbookGrids(validPlan(), { version: null })),
      errors: [{ messageId: "missing-version", sheet: SHEET.info, cell: "A1", severity: "warning" }],
    },
  ],
});

ruleTester(rule("newer-version"), {
  valid: [{ name: "the current version", input: validPlan }],
  invalid: [
    {
      name: "a newer template",
      input: () => parseWorkbook(workbookGrids(validPlan(), { version: "9.1" })),
      errors: [{ messageId: "newer-version", sheet: SHEET.info, cell: "A1", includes: "9.1" }],
    },
  ],
});

ruleTester(duplicateCode, {
  valid: [{ name: "unique codes", input: validPlan }],
  invalid: [
    {
      name: "a project code repeated (case and spaces aside) and a SWOT code repeated",
      input: variant((p) => {
        p.projects![3].code = " p01";
        p.swot![1].code = "S1";
      }),
      errors: [
        { messageId: "duplicate", sheet: SHEET.projects, cell: at("projects", "code", 3), includes: "แถว 3" },
        { messageId: "duplicate", sheet: SHEET.swot, cell: at("swot", "code", 1) },
      ],
    },
  ],
});

ruleTester(required, {
  valid: [{ name: "every required cell filled", input: validPlan }],
  invalid: [
    {
      name: "one finding per empty required cell",
      input: variant((p) => {
        p.projects![1].outputs = null;
        p.projects![1].indicators = "";
        p.info!.planStatus = null;
      }),
      errors: [
        { messageId: "emptyInfo", sheet: SHEET.info, cell: infoAt("planStatus") },
        { messageId: "empty", sheet: SHEET.projects, cell: at("projects", "indicators", 1), includes: "P02" },
        { messageId: "empty", sheet: SHEET.projects, cell: at("projects", "outputs", 1) },
      ],
    },
    {
      name: "an unreadable cell is not also reported as empty",
      input: variant((p) => {
        p.projects![0].budget = "#VALUE!";
        p.projects![0].agency = null;
      }),
      errors: [{ messageId: "empty", sheet: SHEET.projects, cell: at("projects", "agency", 0) }],
    },
  ],
});

ruleTester(plausibleYears, {
  valid: [
    { name: "2552 and dates of 2551–2552", input: validPlan },
    { name: "a CE fiscal year typed as 2009 is read as 2552", input: variant((p) => (p.info!.fiscalYear = 2009)) },
  ],
  invalid: [
    {
      name: "a fiscal year out of range",
      input: variant((p) => (p.info!.fiscalYear = 2652)),
      errors: [{ messageId: "implausible", sheet: SHEET.info, cell: infoAt("fiscalYear"), includes: "2652" }],
    },
    {
      name: "a fiscal year that reached the model as a CE year is named as such",
      input: () => {
        const m = modelOf(validPlan());
        m.info.values.fiscalYear = 2009;
        return m;
      },
      errors: [{ messageId: "looksCE", sheet: SHEET.info, cell: infoAt("fiscalYear"), includes: "2552" }],
    },
    {
      name: "a plan period backwards",
      input: variant((p) => (p.info!.planLastYear = 2550)),
      errors: [{ messageId: "periodOrder", sheet: SHEET.info, cell: infoAt("planFirstYear") }],
    },
    {
      name: "a project date in ISO form with a BE year far in the future",
      input: variant((p) => (p.projects![0].endDate = "2099-01-01")),
      errors: [{ messageId: "implausible", sheet: SHEET.projects, cell: at("projects", "endDate", 0), includes: "2642" }],
    },
  ],
});

const NO_REFERENCE: ReferenceData = { ...REFERENCE, provinces: [], province: () => undefined };

ruleTester(provinceKnown, {
  valid: [
    { name: "ตราด and ภาคตะวันออก are known", input: validPlan },
    {
      name: "skipped while the reference data is empty",
      input: variant((p) => (p.info!.province = "ตราดดด")),
      options: { reference: NO_REFERENCE },
    },
  ],
  invalid: [
    {
      name: "a misspelt province",
      input: variant((p) => (p.info!.province = "ตราดดด")),
      errors: [{ messageId: "unknownProvince", sheet: SHEET.info, cell: infoAt("province"), includes: "ตราดดด" }],
    },
    {
      name: "an unknown cluster (a warning)",
      input: variant((p) => (p.info!.cluster = "ภาคตะวันตกสุด")),
      errors: [{ messageId: "unknownCluster", sheet: SHEET.info, cell: infoAt("cluster"), severity: "warning" }],
    },
  ],
});

describe("data rules on a model with no sheets", () => {
  it("report the missing sheets and nothing breaks", () => {
    const m = parseWorkbook([]);
    const missing = runRule(rule("missing-sheet"), m);
    expect(missing.length).toBeGreaterThan(10);
    expect(new Set(missing.map((r) => `${r.sheet}!${r.cell}`))).toEqual(new Set([`${SHEET.info}!A1`]));
  });
});
