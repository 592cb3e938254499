import { parseWorkbook } from "../../../../core";
import { workbookGrids } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, ruleTester } from "../tester";
import missingColumn from "../../../../core/rules/data/missing-column";

ruleTester(missingColumn, {
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
