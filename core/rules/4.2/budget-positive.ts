import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 4.2: a project asks for a positive budget. */
export default defineRule({
  id: "4.2/budget-positive",
  criterion: "4.2",
  severity: "error",
  title: { th: "งบประมาณโครงการมากกว่าศูนย์", en: "Project budget is positive" },
  messages: {
    notPositive: {
      th: "โครงการ {project} งบประมาณ {budget} บาท ต้องมากกว่า 0",
      en: "Project {project} has a budget of {budget} baht; it must be more than 0",
    },
  },
  fix: { th: "กรอกงบประมาณที่ขอเป็นจำนวนบาทที่มากกว่าศูนย์", en: "Enter the budget requested, in baht, above zero" },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      if (p.budget === null || p.budget > 0) continue; // blank: required-field rule
      ctx.reportAt(projects, p, "budget", { messageId: "notPositive", data: { project: projectLabel(p), budget: p.budget } });
    }
  },
});
