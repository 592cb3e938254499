import { headerCell } from "../../model";
import { ENUMS } from "../../schema";
import { defineRule } from "../types";
import { sheetAnchor } from "../util/lookup";

/** 3.1: problems and opportunities are clear: every SWOT quadrant has items. */
export default defineRule({
  id: "3.1/swot-quadrants",
  criterion: "3.1",
  severity: "error",
  title: { th: "การวิเคราะห์ SWOT ครบทั้ง 4 ด้าน", en: "SWOT analysis covers all four quadrants" },
  messages: {
    empty: {
      th: "การวิเคราะห์ SWOT ไม่มีรายการ{type}",
      en: "The SWOT analysis has no {typeEn} items",
    },
  },
  fix: {
    th: "เพิ่มรายการจุดแข็ง จุดอ่อน โอกาส และภัยคุกคามอย่างน้อยด้านละ 1 รายการ พร้อมรหัส",
    en: "Add at least one coded strength, weakness, opportunity and threat",
  },
  check(ctx) {
    const { swot } = ctx.model;
    const seen = new Set<string>();
    for (const item of swot.rows) if (item.type) seen.add(item.type);
    const where = swot.present ? { sheet: swot.sheet, cell: headerCell(swot, "type") } : sheetAnchor(ctx.model, swot);
    for (const o of ENUMS.swotType.options) {
      if (seen.has(o.value)) continue;
      ctx.report({ messageId: "empty", ...where, data: { type: o.value, typeEn: o.en.toLowerCase() } });
    }
  },
});
