import { defineRule } from "../types";
import { alignmentOn } from "../util/alignment";

/** alignment: a national strategy, master plan, sub-plan, milestone, SDG or 20-year goal that does not exist is an error. */
export default defineRule({
  id: "alignment/unknown-code",
  criterion: "alignment",
  severity: "error",
  title: { th: "รหัสความสอดคล้องกับแผนระดับชาติมีอยู่จริง", en: "Alignment codes exist" },
  messages: {
    strategy: {
      th: 'โครงการ {code}: ไม่มียุทธศาสตร์ชาติ "{value}" (มี 6 ด้าน)',
      en: 'Project {code}: there is no national strategy "{value}" (6 pillars)',
    },
    masterPlan: {
      th: 'โครงการ {code}: ไม่มีแผนแม่บทภายใต้ยุทธศาสตร์ชาติ "{value}" (มี 23 ประเด็น)',
      en: 'Project {code}: there is no master plan "{value}" (23 issues)',
    },
    subPlan: {
      th: 'โครงการ {code}: รหัสแผนย่อย "{value}" ไม่ใช่รหัส 4 หลักของแผนแม่บทที่มีอยู่',
      en: 'Project {code}: sub-plan "{value}" is not a 4-digit code of an existing master plan',
    },
    milestone: {
      th: 'โครงการ {code}: ไม่มีหมุดหมาย "{value}" (มี 13 หมุดหมาย)',
      en: 'Project {code}: there is no milestone "{value}" (13 milestones)',
    },
    sdg: { th: 'โครงการ {code}: ไม่มีเป้าหมาย SDG "{value}" (มี 17 เป้าหมาย)', en: 'Project {code}: there is no SDG "{value}" (17 goals)' },
    goal20: {
      th: "โครงการ {code}: ไม่มีเป้าหมายการพัฒนาจังหวัด 20 ปี ข้อที่ {value}",
      en: "Project {code}: the 20-year goal has no item {value}",
    },
  },
  fix: { th: "เลือกจากรายการในแบบฟอร์ม หรือแก้รหัสให้ตรงกับแผนระดับชาติ", en: "Pick from the workbook's list, or correct the code" },
  check(ctx) {
    if (!alignmentOn(ctx.settings)) return;
    const ref = ctx.facts.alignment;
    const t = ctx.model.projects;
    const goals = new Set(ctx.model.goal20.rows.map((g) => g.goalNo));
    const checkGoals = ctx.settings.features.includes("goal20") && ctx.model.goal20.present;
    for (let i = 0; i < t.rows.length; i++) {
      const p = t.rows[i];
      const code = p.code ?? `#${p.$row}`;
      if (p.nationalStrategy && !ref.strategy(p.nationalStrategy))
        ctx.reportAt(t, p, "nationalStrategy", { messageId: "strategy", data: { code, value: p.nationalStrategy } });
      if (p.masterPlan && !ref.masterPlan(p.masterPlan))
        ctx.reportAt(t, p, "masterPlan", { messageId: "masterPlan", data: { code, value: p.masterPlan } });
      if (p.subPlan && !ref.subPlan(p.subPlan)) ctx.reportAt(t, p, "subPlan", { messageId: "subPlan", data: { code, value: p.subPlan } });
      if (p.milestone && !ref.milestone(p.milestone))
        ctx.reportAt(t, p, "milestone", { messageId: "milestone", data: { code, value: p.milestone } });
      if (p.sdgs?.length) {
        const { unknown } = ref.sdgs(p.sdgs.join(","));
        for (const value of unknown) ctx.reportAt(t, p, "sdgs", { messageId: "sdg", data: { code, value } });
      }
      if (checkGoals && p.goal20No !== null && !goals.has(p.goal20No))
        ctx.reportAt(t, p, "goal20No", { messageId: "goal20", data: { code, value: p.goal20No } });
    }
  },
});
