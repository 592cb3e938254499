import { cellOf } from "../../model";
import { defineRule } from "../types";
import { codeIndex, codeKey, projectLabel } from "../util/lookup";

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
    const known = codeIndex(projects.rows, "code");
    for (const p of projects.rows) {
      const own = codeKey(p.code);
      for (const code of p.linkedCodes ?? []) {
        const key = codeKey(code);
        const messageId = key === own ? "self" : known.has(key) ? undefined : "unknown";
        if (!messageId) continue;
        ctx.report({
          messageId,
          sheet: projects.sheet,
          cell: cellOf(projects, p, "linkedCodes"),
          data: { project: projectLabel(p), code },
          project: p.code ?? undefined,
        });
      }
    }
  },
});
