import { defineRule } from "../types";
import { allSteps, reasonsOf } from "../util/kpi";

/** The working group meets at least once in every quarter of the fiscal year. */
export default defineRule({
  id: "kpi/quarterly-meetings",
  criterion: "kpi",
  severity: "warning",
  title: { th: "ประชุมติดตามแผนงานด้านความมั่นคงทุกไตรมาส", en: "A follow-up meeting in every fiscal quarter" },
  messages: {
    quarter: {
      th: "ตัวชี้วัดที่ {kpi} ขั้นตอน {step}: {reason}",
      en: "KPI {kpi}, step {step}: {reasonEn}",
    },
  },
  fix: {
    th: "บันทึกการประชุมคณะทำงานในแผ่นงานการประชุมติดตาม (ตัวชี้วัด 3.6 วันที่ประชุม รายงานการประชุม) อย่างน้อยไตรมาสละ 1 ครั้ง",
    en: "Record the working group's meetings on the follow-up meetings sheet (KPI 3.6, date, minutes), at least one per quarter",
  },
  check(ctx) {
    for (const { def, result } of ctx.facts.assessedKpi)
      for (const step of allSteps(result))
        for (const r of reasonsOf(step, "quarter-without-meeting"))
          ctx.report({
            messageId: "quarter",
            sheet: r.sheet,
            cell: r.cell,
            data: { kpi: def.id, step: step.code, reason: r.th, reasonEn: r.en },
          });
  },
});
