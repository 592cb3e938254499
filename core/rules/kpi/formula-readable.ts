import { normaliseCode } from "../../kpi/records";
import { cellOf } from "../../model";
import { defineRule } from "../types";

/**
 * The KPI sheet shows its own score with Excel formulas (the template's).
 * Where core reads what was typed but a formula cannot (a date or percent
 * typed as text, a KPI code written "๓.๖" or "KPI 3.6" in the meetings), the
 * sheet's score would silently differ from core's: say so at the cell.
 */
export default defineRule({
  id: "kpi/formula-readable",
  criterion: "kpi",
  severity: "warning",
  title: { th: "สูตรคะแนนในแผ่นงานอ่านค่าที่พิมพ์ได้", en: "The sheet's score formulas can read what was typed" },
  messages: {
    textDate: {
      th: 'คะแนนที่สูตรในแผ่นงานคำนวณอ่านวันที่ "{raw}" ซึ่งพิมพ์เป็นข้อความไม่ได้ (โปรแกรมอ่านได้ แต่คะแนนในแผ่นงานจะไม่ตรง) พิมพ์ให้เป็นวันที่',
      en: "The sheet's score cannot read the date \"{raw}\", typed as text (Phaen reads it, so the sheet's own score would differ): type it as a date",
    },
    textNumber: {
      th: 'คะแนนที่สูตรในแผ่นงานคำนวณอ่านตัวเลข "{raw}" ซึ่งพิมพ์เป็นข้อความไม่ได้ พิมพ์ให้เป็นตัวเลข',
      en: 'The sheet\'s score cannot read the number "{raw}", typed as text: type it as a number',
    },
    kpiCode: {
      th: 'สูตรในแผ่นงานนับการประชุมนี้ไม่ได้ เพราะรหัสตัวชี้วัดพิมพ์ว่า "{raw}" พิมพ์เป็น {kpi}',
      en: 'The sheet\'s formulas do not count this meeting: its KPI code is typed "{raw}"; type {kpi}',
    },
  },
  fix: {
    th: "พิมพ์วันที่เป็นวันที่ของ Excel (เช่น 15/1/2009) ตัวเลขเป็นตัวเลขอารบิก และรหัสตัวชี้วัดตามที่แม่แบบกำหนด",
    en: "Type dates as Excel dates (e.g. 15/1/2009), numbers in Arabic digits, and the KPI code as the template gives it",
  },
  check(ctx) {
    const assessed = ctx.facts.assessedKpi;
    if (!assessed.length) return;
    for (const t of ctx.model.typedAsText ?? [])
      ctx.report({ messageId: t.key === "percent" ? "textNumber" : "textDate", sheet: t.sheet, cell: t.cell, data: { raw: t.raw } });
    const meetings = ctx.model.kpiMeetings;
    for (const { def } of assessed)
      for (const m of meetings.rows) {
        const typed = m.kpiId === null ? "" : String(m.kpiId);
        if (typed === def.id || normaliseCode(typed) !== normaliseCode(def.id)) continue;
        ctx.report({ messageId: "kpiCode", sheet: meetings.sheet, cell: cellOf(meetings, m, "kpiId"), data: { raw: typed, kpi: def.id } });
      }
  },
});
