import { headerCell } from "../../model";
import { baht } from "../util/format";
import { defineRule } from "../types";
import { CEILING_FIELD, CEILING_NAME, sumByCeiling } from "../util/budget";

/** budget: the projects the committee approved (อนุมัติ) fit within the ceiling. */
export default defineRule({
  id: "budget/approved-within-ceiling",
  criterion: "budget",
  severity: "error",
  title: { th: "โครงการที่อนุมัติรวมไม่เกินวงเงิน", en: "Approved projects fit within the ceiling" },
  messages: {
    over: {
      th: "โครงการที่คณะกรรมการอนุมัติซึ่งใช้{ceiling} ({count} โครงการ) รวม {total} บาท เกินวงเงิน {limit} บาท",
      en: "Approved projects on the {ceilingEn} ({count}) total {total} baht, over the {limit} baht ceiling",
    },
  },
  fix: {
    th: "ทบทวนมติคณะกรรมการ: ชะลอหรือไม่อนุมัติโครงการลำดับความสำคัญต่ำ ให้ยอดรวมอยู่ในวงเงิน",
    en: "Review the decisions: defer or reject lower-priority projects until the total fits the ceiling",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const totals = sumByCeiling(projects.rows, (p) => p.decision === "อนุมัติ");
    for (const kind of ["province", "cluster"] as const) {
      const t = totals[kind];
      const limit = ctx.model.info.values[CEILING_FIELD[kind]];
      if (!t.count || limit === null || t.total <= limit) continue;
      ctx.report({
        messageId: "over",
        sheet: projects.sheet,
        cell: headerCell(projects, "decision"),
        data: {
          ceiling: CEILING_NAME[kind].th,
          ceilingEn: CEILING_NAME[kind].en,
          count: t.count,
          total: baht(t.total),
          limit: baht(limit),
        },
      });
    }
  },
});
