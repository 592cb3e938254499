import type { Objective } from "../../schema";
import { objectivesSheet } from "../../schema";
import { defineRule } from "../types";
import { label } from "../util/lookup";

const PARTS = ["indicator", "baseline", "target", "unit", "targetYear"] as const satisfies readonly (keyof Objective)[];

function columnName(key: string): { th: string; en: string } {
  const c = objectivesSheet.columns.find((x) => x.key === key);
  return { th: c?.th ?? key, en: c?.en ?? key };
}

/** 3.2: every objective has a numeric indicator (baseline, target, unit, year within the plan period). */
export default defineRule({
  id: "3.2/objective-indicator",
  criterion: "3.2",
  severity: "error",
  title: { th: "วัตถุประสงค์มีตัวชี้วัดและค่าเป้าหมายเชิงปริมาณ", en: "Objective has a quantitative indicator and target" },
  messages: {
    missing: {
      th: "วัตถุประสงค์ {objective} ยังไม่ได้ระบุ {fields}",
      en: "Objective {objective} lacks {fieldsEn}",
    },
    yearOutside: {
      th: "วัตถุประสงค์ {objective} มีปีเป้าหมาย {year} อยู่นอกช่วงแผน {first}–{last}",
      en: "Objective {objective} has target year {year}, outside the plan period {first}–{last}",
    },
  },
  fix: {
    th: "กรอกตัวชี้วัด ค่าฐาน ค่าเป้าหมาย หน่วยนับ และปีเป้าหมายที่อยู่ในช่วงเวลาของแผน",
    en: "Fill in the indicator, baseline, target, unit and a target year within the plan period",
  },
  check(ctx) {
    const { objectives } = ctx.model;
    const { planFirstYear: first, planLastYear: last } = ctx.model.info.values;
    for (const o of objectives.rows) {
      const name = label(o.code, o.$row);
      const missing = PARTS.filter((k) => o[k] === null);
      if (missing.length) {
        const names = missing.map(columnName);
        ctx.reportAt(objectives, o, missing.length === 1 ? missing[0] : [...PARTS], {
          messageId: "missing",
          data: { objective: name, fields: names.map((n) => n.th).join(", "), fieldsEn: names.map((n) => n.en).join(", ") },
        });
      }
      if (o.targetYear !== null && first !== null && last !== null && (o.targetYear < first || o.targetYear > last)) {
        ctx.reportAt(objectives, o, "targetYear", { messageId: "yearOutside", data: { objective: name, year: o.targetYear, first, last } });
      }
    }
  },
});
