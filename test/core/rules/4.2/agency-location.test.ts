import agencyLocation from "../../../../core/rules/4.2/agency-location";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

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
