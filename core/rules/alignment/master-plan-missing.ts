import { headerCell } from "../../model";
import { defineRule } from "../types";
import { alignmentOn } from "../util/alignment";

/** alignment: every project names the master plan under the national strategy (แผนแม่บท, level Y) it serves. */
export default defineRule({
  id: "alignment/master-plan-missing",
  criterion: "alignment",
  severity: "error",
  title: { th: "โครงการระบุแผนแม่บทภายใต้ยุทธศาสตร์ชาติ", en: "Every project names its master plan" },
  messages: {
    missing: { th: "โครงการ {code} ไม่ระบุแผนแม่บทภายใต้ยุทธศาสตร์ชาติ (ประเด็น)", en: "Project {code} names no master plan (issue)" },
    noColumn: {
      th: "แผ่นงานโครงการไม่มีคอลัมน์แผนแม่บทภายใต้ยุทธศาสตร์ชาติ",
      en: "The projects sheet has no master plan column",
    },
  },
  fix: { th: "เลือกประเด็นแผนแม่บทภายใต้ยุทธศาสตร์ชาติ (01–23) ที่โครงการตอบ", en: "Pick the master plan (01–23) the project serves" },
  check(ctx) {
    if (!alignmentOn(ctx.settings)) return;
    const t = ctx.model.projects;
    if (!t.present) return;
    if (!t.columns.masterPlan) {
      ctx.report({ messageId: "noColumn", sheet: t.sheet, cell: headerCell(t, "code") });
      return;
    }
    const rows = t.rows;
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i];
      if (!p.masterPlan) ctx.reportAt(t, p, "masterPlan", { messageId: "missing", data: { code: p.code ?? `#${p.$row}` } });
    }
  },
});
