import { cellOf, infoCell } from "../../model";
import { defineRule } from "../types";

/** alignment: the province's 20-year goal (เป้าหมายการพัฒนาจังหวัด 20 ปี) has goals, each with an indicator, a baseline and a target. */
export default defineRule({
  id: "alignment/goal20-indicators",
  criterion: "alignment",
  severity: "error",
  title: { th: "เป้าหมาย 20 ปี มีตัวชี้วัด ค่าฐาน และค่าเป้าหมาย", en: "The 20-year goal has indicators with baselines and targets" },
  messages: {
    noSheet: { th: "ไม่มีแผ่นงานเป้าหมายการพัฒนาจังหวัด 20 ปี หรือยังไม่มีเป้าหมาย", en: "There is no 20-year goal sheet, or it lists no goal" },
    indicator: { th: "เป้าหมาย 20 ปี ข้อ {no} ไม่มีตัวชี้วัด", en: "20-year goal {no} has no indicator" },
    baseline: { th: "เป้าหมาย 20 ปี ข้อ {no} ไม่มีค่าฐาน", en: "20-year goal {no} has no baseline" },
    target: { th: "เป้าหมาย 20 ปี ข้อ {no} ไม่มีค่าเป้าหมาย", en: "20-year goal {no} has no target" },
  },
  fix: {
    th: "กรอกเป้าหมายการพัฒนาจังหวัด 20 ปี แต่ละข้อพร้อมตัวชี้วัด ค่าฐาน และค่าเป้าหมาย",
    en: "List each 20-year goal with its indicator, baseline and target",
  },
  check(ctx) {
    if (!ctx.settings.features.includes("goal20")) return;
    const t = ctx.model.goal20;
    if (!t.present || !t.rows.length) {
      ctx.report({
        messageId: "noSheet",
        sheet: t.present ? t.sheet : ctx.model.info.sheet,
        cell: t.present ? "A3" : infoCell(ctx.model, "fiscalYear"),
      });
      return;
    }
    for (const g of t.rows) {
      const no = g.goalNo ?? `#${g.$row}`;
      if (!g.indicator) ctx.report({ messageId: "indicator", sheet: t.sheet, cell: cellOf(t, g, "indicator"), data: { no } });
      if (g.baseline === null) ctx.report({ messageId: "baseline", sheet: t.sheet, cell: cellOf(t, g, "baseline"), data: { no } });
      if (g.target === null) ctx.report({ messageId: "target", sheet: t.sheet, cell: cellOf(t, g, "target"), data: { no } });
    }
  },
});
