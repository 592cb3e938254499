import assessedFlag from "../../../../core/rules/kpi/assessed-flag";
import { infoAt, ruleTester, SHEET } from "../tester";
import { cluster, kpiWorkbook } from "../../kpi/fixtures";

ruleTester(assessedFlag, {
  valid: [
    { name: "border province answers yes", input: kpiWorkbook({ info: { kpiAssessed: "ใช่" } }) },
    { name: "inland province answers no", input: kpiWorkbook({ info: { province: "ขอนแก่น", kpiAssessed: "ไม่ใช่" } }) },
    { name: "coastal Pattani answers yes", input: kpiWorkbook({ info: { province: "ปัตตานี", kpiAssessed: "ใช่" } }) },
    { name: "no answer given: the list decides", input: kpiWorkbook({ info: { kpiAssessed: null } }) },
    { name: "cluster workbook answers no", input: kpiWorkbook({ info: { ...cluster.info, kpiAssessed: "ไม่ใช่" } }) },
    { name: "no KPI defined for the year", input: kpiWorkbook({ info: { fiscalYear: 2553, province: "ขอนแก่น", kpiAssessed: "ใช่" } }) },
  ],
  invalid: [
    {
      name: "inland province answers yes",
      input: kpiWorkbook({ info: { province: "ขอนแก่น", kpiAssessed: "ใช่" } }),
      errors: [{ messageId: "saysAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "ขอนแก่น" }],
    },
    {
      name: "border province answers no",
      input: kpiWorkbook({ info: { province: "จังหวัดตราด", kpiAssessed: "ไม่ใช่" } }),
      errors: [{ messageId: "saysNotAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "ตราด" }],
    },
    {
      name: "cluster workbook answers yes",
      input: kpiWorkbook({ info: { ...cluster.info, kpiAssessed: "ใช่" } }),
      errors: [{ messageId: "saysAssessed", sheet: SHEET.info, cell: infoAt("kpiAssessed"), includes: "กลุ่มจังหวัด" }],
    },
  ],
});
