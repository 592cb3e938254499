import quarterlyMeetings from "../../../../core/rules/kpi/quarterly-meetings";
import { head, ruleTester } from "../tester";
import { cluster, kpiWorkbook, MEETINGS, meetingRows } from "../../kpi/fixtures";

ruleTester(quarterlyMeetings, {
  valid: [
    { name: "a meeting in every quarter", input: kpiWorkbook() },
    {
      name: "meetings on the first and last days of quarters",
      input: kpiWorkbook({ meetings: meetingRows(["1 ต.ค. 51", "31 มี.ค. 52", "1 เม.ย. 52", "30 ก.ย. 52"]) }),
    },
    { name: "a cluster workbook keeps no meetings", input: kpiWorkbook({ ...cluster, meetings: [] }) },
  ],
  invalid: [
    {
      name: "no meeting in Q3",
      input: kpiWorkbook({ meetings: meetingRows(["15 พ.ย. 51", "20 ก.พ. 52", "14 ส.ค. 52"]) }),
      errors: [{ messageId: "quarter", sheet: MEETINGS, cell: head("kpiMeetings", "date"), includes: "ไตรมาส 3 (เม.ย.–มิ.ย. 52)" }],
    },
    {
      name: "the only meetings fall outside the fiscal year",
      input: kpiWorkbook({ meetings: meetingRows(["30 ก.ย. 51", "1 ต.ค. 52"]) }),
      errors: [1, 2, 3, 4].map((q) => ({
        messageId: "quarter",
        sheet: MEETINGS,
        cell: head("kpiMeetings", "date"),
        includes: `ไตรมาส ${q}`,
      })),
    },
  ],
});
