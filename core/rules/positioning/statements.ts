import { headerCell } from "../../model";
import { defineRule } from "../types";
import { sheetAnchor } from "../util/lookup";

/** positioning: one vision, at least one mission and one positioning statement (DOMAIN.md §4). */
export default defineRule({
  id: "positioning/statements",
  criterion: "positioning",
  severity: "error",
  title: { th: "มีวิสัยทัศน์ พันธกิจ และตำแหน่งทางยุทธศาสตร์", en: "Vision, mission and positioning are present" },
  messages: {
    noVision: { th: "ยังไม่มีวิสัยทัศน์", en: "There is no vision" },
    manyVisions: { th: "มีวิสัยทัศน์มากกว่า 1 ข้อ ({count} ข้อ)", en: "There is more than one vision ({count})" },
    noMission: { th: "ยังไม่มีพันธกิจ", en: "There is no mission" },
    noPositioning: { th: "ยังไม่มีตำแหน่งทางยุทธศาสตร์ (Positioning)", en: "There is no positioning statement" },
  },
  fix: {
    th: "เขียนวิสัยทัศน์ 1 ข้อ พันธกิจและตำแหน่งทางยุทธศาสตร์อย่างน้อยอย่างละ 1 ข้อ ในแผ่นงานวิสัยทัศน์และตำแหน่ง",
    en: "Write one vision and at least one mission and one positioning statement",
  },
  check(ctx) {
    const { positioning } = ctx.model;
    const where = positioning.present
      ? { sheet: positioning.sheet, cell: headerCell(positioning, "type") }
      : sheetAnchor(ctx.model, positioning);
    const visions = positioning.rows.filter((r) => r.type === "วิสัยทัศน์");
    if (!visions.length) ctx.report({ messageId: "noVision", ...where });
    for (const extra of visions.slice(1)) {
      ctx.reportAt(positioning, extra, "type", { messageId: "manyVisions", data: { count: visions.length } });
    }
    if (!positioning.rows.some((r) => r.type === "พันธกิจ")) ctx.report({ messageId: "noMission", ...where });
    if (!positioning.rows.some((r) => r.type === "ตำแหน่งทางยุทธศาสตร์")) ctx.report({ messageId: "noPositioning", ...where });
  },
});
