import { headerCell, infoCell } from "../../model";
import { baht } from "../util/format";
import { defineRule } from "../types";
import { CEILING_FIELD, CEILING_NAME, drawsOnCeiling, sumByCeiling } from "../util/budget";

/**
 * budget: the projects that draw on each ceiling (all but rejected and
 * deferred ones) fit within it; province-budget projects against the
 * province's ceiling, cluster-budget projects against the cluster's.
 */
export default defineRule({
  id: "budget/ceiling",
  criterion: "budget",
  severity: "error",
  title: { th: "งบประมาณรวมของโครงการไม่เกินวงเงิน", en: "Project totals stay within the budget ceiling" },
  messages: {
    over: {
      th: "โครงการที่ใช้{ceiling} ({count} โครงการ) รวม {total} บาท เกินวงเงิน {limit} บาท อยู่ {excess} บาท",
      en: "Projects on the {ceilingEn} ({count}) total {total} baht, {excess} baht over the {limit} baht ceiling",
    },
    noCeiling: {
      th: "มีโครงการที่ใช้{ceiling} {count} โครงการ รวม {total} บาท แต่ยังไม่ได้ระบุ{ceiling}",
      en: "{count} projects totalling {total} baht draw on the {ceilingEn}, but no ceiling is given",
    },
  },
  fix: {
    th: "ระบุวงเงินในแผ่นงานข้อมูลทั่วไป และจัดลำดับความสำคัญ ปรับลด หรือชะลอโครงการให้อยู่ในวงเงิน",
    en: "Enter the ceiling on the information sheet, and rank, trim or defer projects to fit it",
  },
  check(ctx) {
    const totals = sumByCeiling(ctx.model.projects.rows, drawsOnCeiling);
    for (const kind of ["province", "cluster"] as const) {
      const t = totals[kind];
      if (!t.count) continue;
      const limit = ctx.model.info.values[CEILING_FIELD[kind]];
      const base = { ceiling: CEILING_NAME[kind].th, ceilingEn: CEILING_NAME[kind].en, count: t.count, total: baht(t.total) };
      const sheet = ctx.model.info.sheet;
      const cell = infoCell(ctx.model, CEILING_FIELD[kind]);
      if (limit === null) ctx.report({ messageId: "noCeiling", sheet, cell, data: base, severity: "warning" });
      else if (t.total > limit) {
        const projects = ctx.model.projects;
        ctx.report({
          messageId: "over",
          sheet: projects.sheet,
          cell: headerCell(projects, "budget"),
          data: { ...base, limit: baht(limit), excess: baht(t.total - limit) },
        });
      }
    }
  },
});
