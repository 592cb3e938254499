import { defineRule } from "../types";
import { allSteps, reasonsOf } from "../util/kpi";

/** An assessed province records every step of the KPI, one row each. */
export default defineRule({
  id: "kpi/step-missing",
  criterion: "kpi",
  severity: "warning",
  title: { th: "มีแถวบันทึกผลครบทุกขั้นตอนของตัวชี้วัด", en: "Every KPI step has its row" },
  messages: {
    missing: {
      th: "ตัวชี้วัดที่ {kpi}: ไม่พบแถวของขั้นตอน {steps} ในแผ่นงาน {sheet}",
      en: "KPI {kpi}: no row for step(s) {steps} on sheet {sheet}",
    },
  },
  fix: {
    th: "เพิ่มแถวละหนึ่งขั้นตอน (ตัวชี้วัด 3.6 รหัสขั้นตอน เช่น 1.1) แล้วบันทึกวันที่ดำเนินการแล้วเสร็จและหลักฐาน",
    en: "Add one row per step (KPI 3.6, step code such as 1.1) with the date done and the evidence",
  },
  check(ctx) {
    for (const { def, result } of ctx.facts.assessedKpi) {
      const missing = allSteps(result).flatMap((s) => reasonsOf(s, "missing-row").map((r) => ({ code: s.code, r })));
      if (!missing.length) continue;
      const { sheet, cell } = missing[0].r;
      ctx.report({
        messageId: "missing",
        sheet,
        cell,
        data: { kpi: def.id, steps: missing.map((m) => m.code).join(", "), sheet: ctx.model.kpi.sheet },
      });
    }
  },
});
