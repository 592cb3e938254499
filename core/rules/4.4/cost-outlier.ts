import { costPerBeneficiary } from "../../model";
import { enumEnglish } from "../../schema";
import { baht } from "../util/format";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { upperFence } from "../util/stats";

/**
 * 4.4: cost per beneficiary (budget ÷ beneficiaries) far above that of
 * projects of the same mission group: above Q3 + k × IQR, in groups large
 * enough to judge (settings.outlierIqrFactor, outlierMinGroupSize).
 */
export default defineRule({
  id: "4.4/cost-outlier",
  criterion: "4.4",
  severity: "warning",
  title: { th: "ต้นทุนต่อผู้รับประโยชน์สูงผิดปกติ", en: "Cost per beneficiary is an outlier" },
  messages: {
    outlier: {
      th: "โครงการ {project} ต้นทุนต่อผู้รับประโยชน์ {cost} บาท/คน ({budget} บาท ÷ {people} คน) สูงกว่าเกณฑ์ {fence} บาท/คน ของโครงการกลุ่มภารกิจ{group} ({count} โครงการ)",
      en: "Project {project} costs {cost} baht per beneficiary ({budget} baht ÷ {people} people), above the {fence} baht fence of the {groupEn} mission group ({count} projects)",
    },
  },
  fix: {
    th: "ทบทวนงบประมาณหรือจำนวนผู้รับประโยชน์ หรือชี้แจงเหตุผลที่ต้นทุนสูงกว่าโครงการอื่นในกลุ่มภารกิจเดียวกัน",
    en: "Review the budget or the beneficiaries, or explain why it costs more than similar projects",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const rows = projects.rows;
    // Per mission group, the rows that have a cost per beneficiary (row numbers, not objects: less garbage).
    const groups = new Map<string, number[]>();
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i];
      if (!p.missionGroup || costPerBeneficiary(p) === null) continue;
      const list = groups.get(p.missionGroup);
      if (list) list.push(i);
      else groups.set(p.missionGroup, [i]);
    }
    for (const [group, list] of groups) {
      if (list.length < ctx.settings.outlierMinGroupSize) continue;
      const costs = new Float64Array(list.length);
      for (let k = 0; k < list.length; k++) costs[k] = costPerBeneficiary(rows[list[k]])!;
      const fence = upperFence(costs, ctx.settings.outlierIqrFactor);
      const fenceText = baht(Math.round(fence * 100) / 100);
      const groupEn = enumEnglish("missionGroup", group).toLowerCase();
      for (let k = 0; k < list.length; k++) {
        const cost = costs[k];
        if (cost <= fence) continue;
        const p = rows[list[k]];
        ctx.reportAt(projects, p, "budget", {
          messageId: "outlier",
          data: {
            project: projectLabel(p),
            cost: baht(Math.round(cost * 100) / 100),
            budget: baht(p.budget),
            people: baht(p.beneficiaries),
            fence: fenceText,
            group,
            groupEn,
            count: list.length,
          },
        });
      }
    }
  },
});
