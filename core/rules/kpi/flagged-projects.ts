import { tablePlace } from "../../kpi/records";
import { defineRule } from "../types";

/** The security plan and its integrated pilot projects the KPI speaks of are projects flagged as such. */
export default defineRule({
  id: "kpi/flagged-projects",
  criterion: "kpi",
  severity: "warning",
  title: { th: "ระบุโครงการด้านความมั่นคงและโครงการนำร่องบูรณาการ", en: "Security-plan and integrated pilot projects are flagged" },
  messages: {
    noSecurity: {
      th: "ต้องประเมินตัวชี้วัดที่ {kpi} แต่ไม่มีโครงการที่ระบุว่าเป็นแผนงานด้านความมั่นคง (ขั้นตอน {step} จึงไม่ผ่าน)",
      en: "Assessed on KPI {kpi}, but no project is flagged as part of the security plan (so step {step} is not met)",
    },
    noPilot: {
      th: "ต้องประเมินตัวชี้วัดที่ {kpi} แต่ไม่มีโครงการที่ระบุว่าเป็นโครงการนำร่องบูรณาการ (ขั้นตอน {step} จึงไม่ผ่าน)",
      en: "Assessed on KPI {kpi}, but no project is flagged as an integrated pilot project (so step {step} is not met)",
    },
  },
  fix: {
    th: "ในแผ่นงานโครงการ ตอบ 'ใช่' ในคอลัมน์แผนงานด้านความมั่นคง และโครงการนำร่องบูรณาการ ของโครงการที่เกี่ยวข้อง",
    en: "On the projects sheet, answer 'ใช่' (yes) under 'Security plan project' and 'Integrated pilot project' for the projects concerned",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (const { def } of ctx.facts.assessedKpi) {
      const step = def.steps.find((s) => s.requiresFlaggedProjects);
      if (!step) continue;
      const data = { kpi: def.id, step: step.code };
      if (!projects.rows.some((p) => p.securityPlan === true))
        ctx.report({ messageId: "noSecurity", ...tablePlace(ctx.model, projects, "securityPlan"), data });
      if (!projects.rows.some((p) => p.pilot === true))
        ctx.report({ messageId: "noPilot", ...tablePlace(ctx.model, projects, "pilot"), data });
    }
  },
});
