import { defineRule } from "../types";
import { allSteps, reasonsOf } from "../util/kpi";

/** A step done after its due date fails its level and every level above. */
export default defineRule({
  id: "kpi/step-late",
  criterion: "kpi",
  severity: "error",
  title: { th: "ขั้นตอนของตัวชี้วัดดำเนินการแล้วเสร็จภายในกำหนด", en: "KPI steps are done by their due dates" },
  messages: {
    late: {
      th: "ตัวชี้วัดที่ {kpi} ขั้นตอน {step}: {reason} จึงไม่ผ่านระดับ {level} และระดับที่สูงกว่า",
      en: "KPI {kpi}, step {step}: {reasonEn}, so level {level} and every level above are not reached",
    },
  },
  fix: {
    th: "ตรวจสอบวันที่ดำเนินการแล้วเสร็จกับหลักฐาน หากส่งล่าช้าจริงให้คงไว้ตามจริง (ระดับนั้นไม่ผ่าน)",
    en: "Check the date done against the evidence; if the step really was late, leave it as it is (that level is not reached)",
  },
  check(ctx) {
    for (const { def, result } of ctx.facts.assessedKpi)
      for (const step of allSteps(result))
        for (const r of reasonsOf(step, "late"))
          ctx.report({
            messageId: "late",
            sheet: r.sheet,
            cell: r.cell,
            data: { kpi: def.id, step: step.code, level: step.level, reason: r.th, reasonEn: r.en },
          });
  },
});
