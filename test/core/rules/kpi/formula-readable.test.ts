import formulaReadable from "../../../../core/rules/kpi/formula-readable";
import type { RowInput } from "../../../helpers/grids";
import { at, ruleTester } from "../tester";
import { kpiWorkbook, meetingRows, typedAsDates } from "../../kpi/fixtures";

const KPI = "ตัวชี้วัด 3.6";
const MEETINGS = "การประชุมติดตาม";
const row = (code: string) => ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4.1", "5.1"].indexOf(code);
const dated = typedAsDates();
/** The all-done workbook, dates typed as dates, with one step's cells changed. */
const withStep = (code: string, change: RowInput) =>
  kpiWorkbook({ ...dated, steps: { ...dated.steps, [code]: { ...dated.steps![code], ...change } } });

ruleTester(formulaReadable, {
  valid: [
    { name: "dates typed as dates, percent as a number, the KPI code as the template writes it", input: kpiWorkbook(dated) },
    { name: "a province not assessed: the sheet shows ไม่ต้องประเมิน either way", input: kpiWorkbook({ info: { province: "ขอนแก่น" } }) },
    { name: "a date no one can read is data/unreadable-value's", input: withStep("2.1", { doneDate: "ต้นเดือนเมษายน" }) },
  ],
  invalid: [
    {
      name: "a date typed as text (15 ม.ค. 52, 15/01/2552, Thai digits) on the KPI sheet and on the meetings sheet",
      input: kpiWorkbook({
        ...dated,
        steps: { ...dated.steps, "1.1": { doneDate: "10 ม.ค. 52" }, "1.3": { doneDate: "14/01/2552" }, "2.1": { doneDate: "๑ เม.ย. ๕๒" } },
        meetings: [...dated.meetings!.slice(0, 3), ...meetingRows(["14 ส.ค. 52"]).map((m) => ({ ...m, meetingNo: 4 }))],
      }),
      errors: [
        { messageId: "textDate", sheet: KPI, cell: at("kpi", "doneDate", row("1.1")), includes: "10 ม.ค. 52" },
        { messageId: "textDate", sheet: KPI, cell: at("kpi", "doneDate", row("1.3")), includes: "14/01/2552" },
        { messageId: "textDate", sheet: KPI, cell: at("kpi", "doneDate", row("2.1")) },
        { messageId: "textDate", sheet: MEETINGS, cell: at("kpiMeetings", "date", 3) },
      ],
    },
    {
      name: "a percent typed as text",
      input: withStep("3.1", { percent: "๑๐๐" }),
      errors: [{ messageId: "textNumber", sheet: KPI, cell: at("kpi", "percent", row("3.1")) }],
    },
    {
      name: "a KPI code typed with Thai digits in the follow-up meetings",
      input: kpiWorkbook({ ...dated, meetings: dated.meetings!.map((m, i) => (i === 1 ? { ...m, kpiId: "๓.๖" } : m)) }),
      errors: [{ messageId: "kpiCode", sheet: MEETINGS, cell: at("kpiMeetings", "kpiId", 1), includes: "๓.๖" }],
    },
  ],
});
