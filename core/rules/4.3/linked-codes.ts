import { defineRule } from "../types";
import { codeKey, projectLabel } from "../util/lookup";

/** 4.3: linked project codes name other projects that exist. */
export default defineRule({
  id: "4.3/linked-codes",
  criterion: "4.3",
  severity: "error",
  title: { th: "โครงการที่เชื่อมโยงมีอยู่จริง", en: "Linked projects exist" },
  messages: {
    unknown: {
      th: "โครงการ {project} อ้างโครงการที่เชื่อมโยง {code} ซึ่งไม่มีในแผ่นงานโครงการ",
      en: "Project {project} links to project {code}, which is not on the projects sheet",
    },
    self: {
      th: "โครงการ {project} อ้างตัวเองเป็นโครงการที่เชื่อมโยง",
      en: "Project {project} lists itself as a linked project",
    },
  },
  fix: {
    th: "ระบุรหัสโครงการอื่นที่มีอยู่ในแผ่นงานโครงการ และลบรหัสของโครงการเอง",
    en: "List codes of other projects on the projects sheet, and remove the project's own code",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const codes = ctx.facts.projectCodes;
    const rows = projects.rows;
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i];
      const linked = p.linkedCodes;
      if (!linked) continue;
      for (let k = 0; k < linked.length; k++) {
        const code = linked[k];
        const key = codeKey(code);
        const messageId = key === codes.keys[i] ? "self" : codes.first.has(key) ? undefined : "unknown";
        if (!messageId) continue;
        ctx.reportAt(projects, p, "linkedCodes", { messageId, data: { project: projectLabel(p), code } });
      }
    }
  },
});
