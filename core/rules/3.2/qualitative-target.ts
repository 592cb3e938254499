import { defineRule } from "../types";
import { label } from "../util/lookup";
import { normaliseText } from "../util/text";

/** 3.2: every objective also states a qualitative target. */
export default defineRule({
  id: "3.2/qualitative-target",
  criterion: "3.2",
  severity: "error",
  title: { th: "วัตถุประสงค์มีเป้าหมายเชิงคุณภาพ", en: "Objective has a qualitative target" },
  messages: {
    missing: {
      th: "วัตถุประสงค์ {objective} ยังไม่ได้ระบุเป้าหมายเชิงคุณภาพ",
      en: "Objective {objective} has no qualitative target",
    },
  },
  fix: { th: "เขียนเป้าหมายเชิงคุณภาพที่อธิบายผลที่ต้องการเห็น", en: "Write a qualitative target describing the result sought" },
  check(ctx) {
    const { objectives } = ctx.model;
    for (const o of objectives.rows) {
      if (normaliseText(o.qualitativeTarget)) continue;
      ctx.reportAt(objectives, o, "qualitativeTarget", { messageId: "missing", data: { objective: label(o.code, o.$row) } });
    }
  },
});
