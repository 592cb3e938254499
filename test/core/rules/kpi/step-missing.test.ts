import { parseWorkbook } from "../../../../core";
import stepMissing from "../../../../core/rules/kpi/step-missing";
import { workbookGrids } from "../../../helpers/grids";
import { head, ruleTester, SHEET } from "../tester";
import { KPI, kpiWorkbook, meetingRows } from "../../kpi/fixtures";

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
