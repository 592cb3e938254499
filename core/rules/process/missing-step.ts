import { defineRule } from "../types";
import { stepCell, stepRecords } from "../util/steps";

/** process: every step is listed, and none is skipped before a later one that has a date. */
export default defineRule({
  id: "process/missing-step",
  criterion: "process",
  severity: "warning",
  title: { th: "ขั้นตอนการจัดทำและอนุมัติแผนครบถ้วน", en: "No approval step is missing" },
  messages: {
    unlisted: {
      th: "ไม่มีขั้นตอน {step} ในแผ่นงานขั้นตอนการอนุมัติ",
      en: "Step {stepEn} is not listed on the approval steps sheet",
    },
    skipped: {
      th: "ขั้นตอน {step} ไม่มีวันที่ แต่ขั้นตอน {later} ซึ่งอยู่ถัดไปมีวันที่แล้ว",
      en: "Step {stepEn} has no date although the later step {laterEn} has one",
    },
  },
  fix: {
    th: "เพิ่มขั้นตอนที่ขาดและบันทึกวันที่ที่ดำเนินการ",
    en: "Add the missing step and record the date it was done",
  },
  check(ctx) {
    const steps = stepRecords(ctx.model, ctx.settings.approvalSteps);
    // The latest dated step: every step before it should have been done.
    let lastDated = -1;
    steps.forEach((s, i) => {
      if (s.date) lastDated = i;
    });
    steps.forEach((s, i) => {
      if (!s.row) {
        ctx.report({ messageId: "unlisted", ...stepCell(ctx.model, s), data: { step: s.step, stepEn: s.en } });
      } else if (!s.date && i < lastDated) {
        const later = steps[lastDated];
        ctx.report({
          messageId: "skipped",
          ...stepCell(ctx.model, s),
          data: { step: s.step, stepEn: s.en, later: later.step, laterEn: later.en },
        });
      }
    });
  },
});
