import { parseWorkbook } from "../../../../core";
import { workbookGrids } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, ruleTester } from "../tester";
import missingVersion from "../../../../core/rules/data/missing-version";

ruleTester(missingVersion, {
  valid: [{ name: "the _meta sheet carries the version", input: validPlan }],
  invalid: [
    {
      name: "no _meta sheet (a warning)",
      input: () => parseWorkbook(workbookGrids(validPlan(), { version: null })),
      errors: [{ messageId: "missing-version", sheet: SHEET.info, cell: "A1", severity: "warning" }],
    },
  ],
});
