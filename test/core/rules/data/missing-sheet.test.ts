import { parseWorkbook } from "../../../../core";
import { workbookGrids } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, ruleTester } from "../tester";
import missingSheet from "../../../../core/rules/data/missing-sheet";

ruleTester(missingSheet, {
  valid: [{ name: "every sheet present", input: validPlan }],
  invalid: [
    {
      name: "no SWOT sheet: reported at A1 of the info sheet",
      input: () => parseWorkbook(workbookGrids(validPlan(), { omitSheets: ["swot"] })),
      errors: [{ messageId: "missing-sheet", sheet: SHEET.info, cell: "A1" }],
    },
  ],
});
