import { defineRule } from "../types";
import { alignmentOn } from "../util/alignment";

/** alignment: a sub-plan belongs to one master plan (its code MMSS names it); a sub-plan of another master plan is an error. */
export default defineRule({
  id: "alignment/sub-plan-mismatch",
  criterion: "alignment",
  severity: "error",
  title: { th: "แผนย่อยอยู่ภายใต้แผนแม่บทที่โครงการระบุ", en: "The sub-plan belongs to the project's master plan" },
  messages: {
    mismatch: {
      th: "โครงการ {code}: แผนย่อย {subPlan} อยู่ภายใต้แผนแม่บทประเด็น {subMaster} ไม่ใช่ประเด็น {master} ที่ระบุ",
      en: "Project {code}: sub-plan {subPlan} belongs to master plan {subMaster}, not {master} as given",
    },
  },
  fix: { th: "แก้แผนแม่บทหรือแผนย่อยให้เป็นคู่เดียวกัน", en: "Make the master plan and sub-plan a matching pair" },
  check(ctx) {
    if (!alignmentOn(ctx.settings)) return;
    const ref = ctx.facts.alignment;
    const t = ctx.model.projects;
    for (let i = 0; i < t.rows.length; i++) {
      const p = t.rows[i];
      if (!p.subPlan || !p.masterPlan) continue;
      const sub = ref.subPlan(p.subPlan);
      const master = ref.masterPlan(p.masterPlan);
      if (!sub || !master || sub.masterPlan === master.code) continue;
      ctx.reportAt(t, p, ["masterPlan", "subPlan"], {
        messageId: "mismatch",
        data: { code: p.code ?? `#${p.$row}`, subPlan: sub.code, subMaster: sub.masterPlan, master: master.code },
      });
    }
  },
});
