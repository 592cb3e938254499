import { parseWorkbook } from "../../../../core";
import { workbookGrids } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, ruleTester } from "../tester";
import newerVersion from "../../../../core/rules/data/newer-version";

ruleTester(newerVersion, {
  valid: [{ name: "the current version", input: validPlan }],
  invalid: [
    {
      name: "a newer template",
      input: () => parseWorkbook(workbookGrids(validPlan(), { version: "9.1" })),
      errors: [{ messageId: "newer-version", sheet: SHEET.info, cell: "A1", includes: "9.1" }],
    },
  ],
});
