import { headerCell } from "../../model";
import { defineRule } from "../types";
import { alignmentOn } from "../util/alignment";

/** alignment: every project names the national strategy (ยุทธศาสตร์ชาติ, level Z) it serves (มติ ครม. 4 ธ.ค. 2560). */
export default defineRule({
  id: "alignment/strategy-missing",
  criterion: "alignment",
  severity: "error",
  title: { th: "โครงการระบุยุทธศาสตร์ชาติ", en: "Every project names its national strategy" },
  messages: {
    missing: { th: "โครงการ {code} ไม่ระบุยุทธศาสตร์ชาติ (ด้าน)", en: "Project {code} names no national strategy (pillar)" },
    noColumn: {
      th: "แผ่นงานโครงการไม่มีคอลัมน์ยุทธศาสตร์ชาติ (ด้าน)",
      en: "The projects sheet has no national strategy column",
    },
  },
  fix: { th: "เลือกด้านของยุทธศาสตร์ชาติที่โครงการสนับสนุน (1–6)", en: "Pick the national strategy pillar (1–6) the project serves" },
  check(ctx) {
    if (!alignmentOn(ctx.settings)) return;
    const t = ctx.model.projects;
    if (!t.present) return;
    if (!t.columns.nationalStrategy) {
      ctx.report({ messageId: "noColumn", sheet: t.sheet, cell: headerCell(t, "code") });
      return;
    }
    const rows = t.rows;
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i];
      if (!p.nationalStrategy) ctx.reportAt(t, p, "nationalStrategy", { messageId: "missing", data: { code: p.code ?? `#${p.$row}` } });
    }
  },
});
