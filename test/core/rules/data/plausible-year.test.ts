import plausibleYears from "../../../../core/rules/data/plausible-year";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, infoAt, modelOf, ruleTester, variant } from "../tester";

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
