import type { StepReasonKind } from "../../kpi/types";
import { defineRule } from "../types";
import { allSteps, reasonsOf } from "../util/kpi";

/** The reasons a step stops its level that no other kpi rule reports (late, evidence, meetings, missing rows and flags have their own). */
const KINDS: readonly StepReasonKind[] = ["no-done-date", "no-percent", "percent-short", "no-verdict", "verdict-not-passed", "no-assessor"];

/** Every reason a KPI level stops is a finding at the cell it is about, not only a line of `phaen score`. */
export default defineRule({
  id: "kpi/step-unmet",
  criterion: "kpi",
  severity: "warning",
  title: { th: "ขั้นตอนของตัวชี้วัดที่ยังไม่ผ่าน ณ เซลล์ที่เป็นเหตุ", en: "KPI steps not met, at the cell that stops them" },
  messages: {
    unmet: {
      th: "ตัวชี้วัดที่ {kpi} ขั้นตอน {step} (ระดับ {level}) ยังไม่ผ่าน: {reason}",
      en: "KPI {kpi}, step {step} (level {level}) is not met: {reasonEn}",
    },
  },
  fix: {
    th: "กรอกข้อมูลในเซลล์ที่ระบุ (วันที่ดำเนินการแล้วเสร็จ ร้อยละความสำเร็จ ผลการประเมิน ผู้ประเมิน) เมื่อดำเนินการแล้ว",
    en: "Fill in the cell named (date done, percent complete, verdict, assessor) once the step is done",
  },
  check(ctx) {
    for (const { def, result } of ctx.facts.assessedKpi)
      for (const step of allSteps(result)) {
        if (step.met) continue;
        for (const kind of KINDS)
          for (const r of reasonsOf(step, kind))
            ctx.report({
              messageId: "unmet",
              sheet: r.sheet,
              cell: r.cell,
              data: { kpi: def.id, step: step.code, level: step.level, reason: r.th, reasonEn: r.en },
            });
      }
  },
});
