import { thaiDate } from "../util/format";
import { defineRule } from "../types";
import { sheetAnchor } from "../util/lookup";
import { ADOPTION_STEP, stepCell, stepRecords } from "../util/steps";

/** hearing: the plan was heard in public before the committee adopted it. */
export default defineRule({
  id: "hearing/before-adoption",
  criterion: "hearing",
  severity: "error",
  title: { th: "จัดเวทีรับฟังความคิดเห็นก่อนคณะกรรมการเห็นชอบแผน", en: "A public hearing was held before adoption" },
  messages: {
    none: { th: "ยังไม่มีการบันทึกเวทีรับฟังความคิดเห็นตามมาตรา 18", en: "No public hearing (s.18) is recorded" },
    late: {
      th: "คณะกรรมการเห็นชอบแผนเมื่อ {adopted} แต่ไม่มีเวทีรับฟังความคิดเห็นที่จัดก่อนหรือในวันนั้น (เวทีแรก {first})",
      en: "The committee adopted the plan on {adopted}, but no hearing was held on or before that day (first hearing {first})",
    },
  },
  fix: {
    th: "จัดเวทีรับฟังความคิดเห็นก่อนเสนอ ก.บ.จ./ก.บ.ก. เห็นชอบ และบันทึกวันที่จัด",
    en: "Hold the hearing before the committee adopts the plan, and record its date",
  },
  check(ctx) {
    const { hearings } = ctx.model;
    if (!hearings.rows.length) {
      ctx.report({ messageId: "none", ...sheetAnchor(ctx.model, hearings) });
      return;
    }
    const adoption = stepRecords(ctx.model).find((s) => s.step === ADOPTION_STEP);
    if (!adoption?.date) return;
    let first: string | undefined;
    for (const h of hearings.rows) if (h.date && (!first || h.date < first)) first = h.date;
    if (first && first <= adoption.date) return;
    ctx.report({
      messageId: "late",
      ...stepCell(ctx.model, adoption),
      data: { adopted: thaiDate(adoption.date), first: first ? thaiDate(first) : "-" },
    });
  },
});
