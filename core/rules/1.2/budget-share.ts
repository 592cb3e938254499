import { headerCell } from "../../model";
import { formatFixed } from "../../thai";
import { baht } from "../util/format";
import { defineRule } from "../types";

/** 1.2: how much of the budget goes to projects that create jobs or income (reported, not judged). */
export default defineRule({
  id: "1.2/budget-share",
  criterion: "1.2",
  severity: "info",
  title: { th: "สัดส่วนงบประมาณที่สร้างงานและรายได้", en: "Share of the budget that creates jobs and income" },
  messages: {
    share: {
      th: "งบประมาณของโครงการที่สร้างงานหรือรายได้ {amount} บาท จากทั้งหมด {total} บาท คิดเป็นร้อยละ {percent} ({count} จาก {projects} โครงการ)",
      en: "Projects that create jobs or income hold {amount} of {total} baht, {percent} % of the budget ({count} of {projects} projects)",
    },
  },
  fix: {
    th: "ใช้ประกอบการจัดลำดับความสำคัญตามนโยบายเร่งด่วนด้านการสร้างงานและรายได้",
    en: "Use it when ranking projects against the urgent jobs-and-income policy",
  },
  check(ctx) {
    const { projects } = ctx.model;
    if (!projects.rows.length) return;
    let total = 0;
    let creating = 0;
    let count = 0;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const budget = p.budget && p.budget > 0 ? p.budget : 0;
      total += budget;
      if ((p.jobs ?? 0) > 0 || (p.income ?? 0) > 0) {
        creating += budget;
        count++;
      }
    }
    const percent = total > 0 ? formatFixed((creating / total) * 100, 1) : "0.0";
    ctx.report({
      messageId: "share",
      sheet: projects.sheet,
      cell: headerCell(projects, "jobs"),
      data: { amount: baht(creating), total: baht(total), percent, count, projects: projects.rows.length },
    });
  },
});
