import { thaiDate } from "../util/format";
import { defineRule } from "../types";
import { STEP_ORDER, stepCell, stepRecords, type StepRecord } from "../util/steps";

/** process: the steps' dates follow the pack's order (FY2552: hearing ≤ ก.บ.อ. ≤ adoption ≤ ก.น.จ. ≤ ครม. ≤ สงป., DOMAIN.md §3). */
export default defineRule({
  id: "process/step-order",
  criterion: "process",
  severity: "error",
  title: { th: "ขั้นตอนการจัดทำและอนุมัติแผนเป็นไปตามลำดับ", en: "Approval steps happen in order" },
  messages: {
    early: {
      th: "ขั้นตอน {step} ลงวันที่ {date} ก่อนขั้นตอน {previous} ({previousDate}) ซึ่งต้องมาก่อน",
      en: "Step {stepEn} is dated {date}, before step {previousEn} ({previousDate}), which must come first",
    },
  },
  fix: {
    th: "ตรวจสอบวันที่ของแต่ละขั้นตอนกับมติหรือหนังสือที่อ้างอิง ให้เรียงตามลำดับ รับฟังความคิดเห็น → ก.บ.อ. → ก.บ.จ./ก.บ.ก. → ก.น.จ. → ครม. → สงป.",
    en: "Check each step's date against its minutes; steps run hearing → district → adoption → review → Cabinet → allocation",
  },
  check(ctx) {
    let latest: StepRecord | undefined;
    const order = ctx.settings.approvalSteps;
    // The seed's fix names its six steps; under another pack's order the fix names that order.
    const seed = order.length === STEP_ORDER.length && order.every((s, i) => s.th === STEP_ORDER[i]);
    const fix = seed
      ? undefined
      : {
          th: `ตรวจสอบวันที่ของแต่ละขั้นตอนกับมติหรือหนังสือที่อ้างอิง ให้เรียงตามลำดับ ${order.map((s) => s.th).join(" → ")}`,
          en: `Check each step's date against its minutes; steps run ${order.map((s) => s.en).join(" → ")}`,
        };
    for (const rec of stepRecords(ctx.model, order)) {
      if (!rec.date) continue;
      if (latest?.date && rec.date < latest.date) {
        ctx.report({
          messageId: "early",
          ...stepCell(ctx.model, rec),
          ...(fix ? { fix } : {}),
          data: {
            step: rec.step,
            stepEn: rec.en,
            date: thaiDate(rec.date),
            previous: latest.step,
            previousEn: latest.en,
            previousDate: thaiDate(latest.date),
          },
        });
        continue; // keep the latest properly ordered step as the reference
      }
      latest = rec;
    }
  },
});
