import { defineRule } from "../types";
import { codeKey, label, projectLabel } from "../util/lookup";

/** 3.4: every project sits under a real approach, and every approach has projects. */
export default defineRule({
  id: "3.4/project-approach",
  criterion: "3.4",
  severity: "error",
  title: { th: "โครงการตอบแนวทางการพัฒนา", en: "Projects answer the development approaches" },
  messages: {
    unknown: {
      th: "โครงการ {project} อ้างแนวทาง {approach} ซึ่งไม่มีในแผ่นงานแนวทางการพัฒนา",
      en: "Project {project} names approach {approach}, which is not on the approaches sheet",
    },
    none: {
      th: "โครงการ {project} ไม่ได้ระบุรหัสแนวทางการพัฒนา",
      en: "Project {project} names no development approach",
    },
    empty: {
      th: "แนวทาง {approach} ยังไม่มีโครงการรองรับ",
      en: "Approach {approach} has no project under it",
    },
  },
  fix: {
    th: "ระบุรหัสแนวทางที่มีอยู่ให้ทุกโครงการ และเสนอโครงการให้ทุกแนวทาง (หรือตัดแนวทางที่ไม่ใช้)",
    en: "Give every project an existing approach code, and give every approach a project (or drop unused approaches)",
  },
  check(ctx) {
    const { projects, approaches } = ctx.model;
    const known = ctx.facts.approachByCode;
    const used = new Set<string>();
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const key = codeKey(p.approachCode);
      used.add(key);
      const messageId = !key ? "none" : known.has(key) ? undefined : "unknown";
      if (!messageId) continue;
      ctx.reportAt(projects, p, "approachCode", { messageId, data: { project: projectLabel(p), approach: p.approachCode ?? "" } });
    }
    for (const a of approaches.rows) {
      if (!a.code || used.has(codeKey(a.code))) continue;
      ctx.reportAt(approaches, a, "code", { messageId: "empty", data: { approach: label(a.code, a.$row) } });
    }
  },
});
