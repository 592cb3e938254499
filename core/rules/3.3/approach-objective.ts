import { defineRule } from "../types";
import { codeKey, label } from "../util/lookup";

/** 3.3: every approach serves an existing objective, and every objective has an approach. */
export default defineRule({
  id: "3.3/approach-objective",
  criterion: "3.3",
  severity: "error",
  title: { th: "แนวทางการพัฒนาตอบวัตถุประสงค์และเป้าหมาย", en: "Approaches answer the objectives and targets" },
  messages: {
    none: {
      th: "แนวทาง {approach} ไม่ได้ระบุวัตถุประสงค์ที่ตอบสนอง",
      en: "Approach {approach} names no objective it serves",
    },
    unknown: {
      th: "แนวทาง {approach} อ้างวัตถุประสงค์ {objective} ซึ่งไม่มีในแผ่นงานวัตถุประสงค์",
      en: "Approach {approach} names objective {objective}, which is not on the objectives sheet",
    },
    orphan: {
      th: "วัตถุประสงค์ {objective} ไม่มีแนวทางการพัฒนาใดรองรับ",
      en: "No development approach serves objective {objective}",
    },
  },
  fix: {
    th: "ระบุรหัสวัตถุประสงค์ที่แนวทางตอบสนอง และให้ทุกวัตถุประสงค์มีแนวทางรองรับอย่างน้อย 1 แนวทาง",
    en: "Name the objectives each approach serves, and give every objective at least one approach",
  },
  check(ctx) {
    const { approaches, objectives } = ctx.model;
    const known = ctx.facts.objectiveByCode;
    const served = new Set<string>();
    for (const a of approaches.rows) {
      const name = label(a.code, a.$row);
      const codes = a.objectiveCodes ?? [];
      if (!codes.length) ctx.reportAt(approaches, a, "objectiveCodes", { messageId: "none", data: { approach: name } });
      for (const objective of codes) {
        const key = codeKey(objective);
        served.add(key);
        if (!known.has(key)) ctx.reportAt(approaches, a, "objectiveCodes", { messageId: "unknown", data: { approach: name, objective } });
      }
    }
    for (const o of objectives.rows) {
      if (!o.code || served.has(codeKey(o.code))) continue;
      ctx.reportAt(objectives, o, "code", { messageId: "orphan", data: { objective: o.code } });
    }
  },
});
