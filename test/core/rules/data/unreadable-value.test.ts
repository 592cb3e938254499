import { SHEET, at, ruleTester, variant } from "../tester";
import unreadableValue from "../../../../core/rules/data/unreadable-value";

ruleTester(unreadableValue, {
  valid: [{ name: "Thai digits, Thai dates and serials all read", input: variant((p) => (p.projects![0].budget = "๑๒,๐๐๐,๐๐๐ บาท")) }],
  invalid: [
    {
      name: "a budget in words",
      input: variant((p) => (p.projects![0].budget = "สิบสองล้าน")),
      errors: [{ messageId: "unreadable-value", sheet: SHEET.projects, cell: at("projects", "budget", 0), includes: "สิบสองล้าน" }],
    },
  ],
});
