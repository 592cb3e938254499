import { infoCell } from "../../model";
import { enumEnglish } from "../../schema";
import { defineRule } from "../types";
import { ADOPTION_STEP, STATUS_STEP, STEP_ORDER, stepEnglish, stepRecords } from "../util/steps";

/** process: the plan's status follows the steps done ((ร่าง) until adopted). */
export default defineRule({
  id: "process/plan-status",
  criterion: "process",
  severity: "error",
  title: { th: "สถานะแผนสอดคล้องกับขั้นตอนที่ดำเนินการแล้ว", en: "Plan status matches the steps done" },
  messages: {
    ahead: {
      th: "สถานะแผนเป็น {status} แต่ขั้นตอน {step} ยังไม่มีวันที่",
      en: "The plan status is {statusEn} but step {stepEn} has no date",
    },
    stillDraft: {
      th: "คณะกรรมการเห็นชอบแผนแล้ว แต่สถานะแผนยังเป็น (ร่าง)",
      en: "The committee has adopted the plan but its status is still draft",
    },
  },
  fix: {
    th: "ปรับสถานะแผนให้ตรงกับขั้นตอนล่าสุดที่ดำเนินการแล้ว หรือบันทึกวันที่ของขั้นตอนที่ขาด",
    en: "Set the plan status to the latest step done, or record the missing step dates",
  },
  check(ctx) {
    const status = ctx.model.info.values.planStatus;
    if (!status) return;
    const cell = infoCell(ctx.model, "planStatus");
    const sheet = ctx.model.info.sheet;
    const steps = stepRecords(ctx.model);
    const reached = STATUS_STEP[status];
    if (reached === undefined) {
      const adopted = steps.find((s) => s.step === ADOPTION_STEP)?.date;
      if (adopted) ctx.report({ messageId: "stillDraft", sheet, cell, severity: "warning" });
      return;
    }
    // Adoption and every step after it up to the status must be dated (hearing and district are checked by process/missing-step).
    const from = STEP_ORDER.indexOf(ADOPTION_STEP);
    const to = STEP_ORDER.indexOf(reached);
    for (const s of steps.slice(from, to + 1)) {
      if (s.date) continue;
      ctx.report({
        messageId: "ahead",
        sheet,
        cell,
        data: { status, statusEn: enumEnglish("planStatus", status), step: s.step, stepEn: stepEnglish(s.step) },
      });
    }
  },
});
