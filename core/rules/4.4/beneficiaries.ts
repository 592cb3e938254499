import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 4.4: value for money starts from who benefits: beneficiaries are given. */
export default defineRule({
  id: "4.4/beneficiaries",
  criterion: "4.4",
  severity: "error",
  title: { th: "ระบุจำนวนผู้รับประโยชน์", en: "Beneficiaries are given" },
  messages: {
    missing: {
      th: "โครงการ {project} ไม่ได้ระบุจำนวนผู้รับประโยชน์ จึงคำนวณต้นทุนต่อผู้รับประโยชน์ไม่ได้",
      en: "Project {project} gives no number of beneficiaries, so its cost per beneficiary cannot be computed",
    },
  },
  fix: { th: "กรอกจำนวนผู้รับประโยชน์ (คน) ที่มากกว่าศูนย์", en: "Enter the number of beneficiaries (people), above zero" },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      if (p.beneficiaries !== null && p.beneficiaries > 0) continue;
      ctx.reportAt(projects, p, "beneficiaries", { messageId: "missing", data: { project: projectLabel(p) } });
    }
  },
});
