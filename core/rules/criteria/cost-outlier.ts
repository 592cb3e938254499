import { cellOf } from "../../model";
import { enumEnglish, type Project } from "../../schema";
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
    const groups = new Map<string, { project: Project; cost: number }[]>();
    for (const p of projects.rows) {
      if (!p.missionGroup || !p.budget || p.budget <= 0 || !p.beneficiaries || p.beneficiaries <= 0) continue;
      const list = groups.get(p.missionGroup) ?? [];
      list.push({ project: p, cost: p.budget / p.beneficiaries });
      groups.set(p.missionGroup, list);
    }
    for (const [group, list] of groups) {
      if (list.length < ctx.settings.outlierMinGroupSize) continue;
      const fence = upperFence(
        list.map((x) => x.cost),
        ctx.settings.outlierIqrFactor,
      );
      for (const { project: p, cost } of list) {
        if (cost <= fence) continue;
        ctx.report({
          messageId: "outlier",
          sheet: projects.sheet,
          cell: cellOf(projects, p, "budget"),
          data: {
            project: projectLabel(p),
            cost: baht(Math.round(cost * 100) / 100),
            budget: baht(p.budget),
            people: baht(p.beneficiaries),
            fence: baht(Math.round(fence * 100) / 100),
            group,
            groupEn: enumEnglish("missionGroup", group).toLowerCase(),
            count: list.length,
          },
          project: p.code ?? undefined,
        });
      }
    }
  },
});
