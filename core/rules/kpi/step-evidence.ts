import { defineRule } from "../types";
import { allSteps, reasonsOf } from "../util/kpi";

/** A step reported done counts only with its evidence. */
export default defineRule({
  id: "kpi/step-evidence",
  criterion: "kpi",
  severity: "error",
  title: { th: "ขั้นตอนที่ดำเนินการแล้วมีหลักฐาน", en: "Steps reported done carry evidence" },
  messages: {
    noEvidence: {
      th: "ตัวชี้วัดที่ {kpi} ขั้นตอน {step} ระบุวันที่ดำเนินการแล้วเสร็จแต่ไม่มีหลักฐาน/เอกสารอ้างอิง จึงไม่นับว่าผ่าน (ระดับ {level})",
      en: "KPI {kpi}, step {step} has a date done but no evidence, so it does not count (level {level})",
    },
  },
  fix: {
    th: "ระบุหลักฐาน เช่น เลขที่หนังสือนำส่ง ชื่อรายงาน หรือรายงานการประชุม",
    en: "Give the evidence, e.g. the covering letter's number, the report's title or the minutes",
  },
  check(ctx) {
    for (const { def, result } of ctx.facts.assessedKpi)
      for (const step of allSteps(result)) {
        if (reasonsOf(step, "no-done-date").length) continue;
        for (const r of reasonsOf(step, "no-evidence"))
          ctx.report({ messageId: "noEvidence", sheet: r.sheet, cell: r.cell, data: { kpi: def.id, step: step.code, level: step.level } });
      }
  },
});
