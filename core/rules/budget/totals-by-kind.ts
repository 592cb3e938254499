import { headerCell } from "../../model";
import { ENUMS } from "../../schema";
import { baht } from "../util/format";
import { defineRule } from "../types";

/** budget: totals by project kind, reported for the committee (not judged). */
export default defineRule({
  id: "budget/totals-by-kind",
  criterion: "budget",
  severity: "info",
  title: { th: "งบประมาณรวมจำแนกตามประเภทโครงการ", en: "Budget totals by project kind" },
  messages: {
    totals: { th: "งบประมาณรวมตามประเภทโครงการ: {th}", en: "Budget totals by project kind: {en}" },
  },
  fix: { th: "ใช้ประกอบการพิจารณากลั่นกรองของคณะกรรมการ", en: "For the committee's screening" },
  check(ctx) {
    const { projects } = ctx.model;
    if (!projects.rows.length) return;
    const sums = new Map<string, { total: number; count: number }>();
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const kind = p.kind ?? "";
      const s = sums.get(kind) ?? { total: 0, count: 0 };
      s.total += p.budget && p.budget > 0 ? p.budget : 0;
      s.count++;
      sums.set(kind, s);
    }
    const order = [...ENUMS.projectKind.options.map((o) => ({ value: o.value, en: o.en })), { value: "", en: "kind not given" }];
    const th: string[] = [];
    const en: string[] = [];
    for (const o of order) {
      const s = sums.get(o.value);
      if (!s) continue;
      th.push(`${o.value || "ไม่ระบุประเภท"} ${s.count} โครงการ ${baht(s.total)} บาท`);
      en.push(`${o.en} ${s.count} projects ${baht(s.total)} baht`);
    }
    ctx.report({
      messageId: "totals",
      sheet: projects.sheet,
      cell: headerCell(projects, "kind"),
      data: { th: th.join("; "), en: en.join("; ") },
    });
  },
});
