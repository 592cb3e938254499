import { defineRule } from "../types";
import { NO_CODES, WEAKNESS_OR_THREAT, codeKey, projectLabel } from "../util/lookup";

/** 4.1: a project is necessary: it answers a need raised at a hearing or a weakness/threat. */
export default defineRule({
  id: "4.1/need-or-weakness",
  criterion: "4.1",
  severity: "error",
  title: { th: "โครงการตอบสนองความต้องการหรือแก้จุดอ่อน/ภัยคุกคาม", en: "Project answers a need or a weakness/threat" },
  messages: {
    none: {
      th: "โครงการ {project} ไม่ได้อ้างความต้องการของประชาชนหรือจุดอ่อน/ภัยคุกคามที่มีอยู่",
      en: "Project {project} names no existing need or weakness/threat",
    },
    unknownNeed: {
      th: "โครงการ {project} อ้างรหัสความต้องการ {code} ซึ่งไม่มีในแผ่นงานความต้องการ",
      en: "Project {project} names need {code}, which is not on the needs sheet",
    },
    unknownSwot: {
      th: "โครงการ {project} อ้างรหัส {code} ซึ่งไม่ใช่จุดอ่อนหรือภัยคุกคามในแผ่นงาน SWOT",
      en: "Project {project} names {code}, which is not a weakness or threat on the SWOT sheet",
    },
  },
  fix: {
    th: "ระบุรหัสความต้องการจากเวทีรับฟังความคิดเห็น หรือรหัสจุดอ่อน/ภัยคุกคาม (W, T) ที่โครงการแก้ไข",
    en: "Name the hearing need ids or the weakness/threat codes (W, T) the project addresses",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const needIndex = ctx.facts.needById;
    const swot = ctx.facts.swotByCode;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const name = projectLabel(p);
      let tied = false;
      const needIds = p.needIds ?? NO_CODES;
      for (let k = 0; k < needIds.length; k++) {
        const code = needIds[k];
        if (needIndex.has(codeKey(code))) tied = true;
        else ctx.reportAt(projects, p, "needIds", { messageId: "unknownNeed", data: { project: name, code } });
      }
      const swotCodes = p.swotCodes ?? NO_CODES;
      for (let k = 0; k < swotCodes.length; k++) {
        const code = swotCodes[k];
        const item = swot.get(codeKey(code));
        if (item?.type && WEAKNESS_OR_THREAT.has(item.type)) tied = true;
        else {
          // A strength or opportunity in this column is misplaced rather than missing.
          const severity = item ? "warning" : "error";
          ctx.reportAt(projects, p, "swotCodes", { messageId: "unknownSwot", data: { project: name, code }, severity });
        }
      }
      if (!tied) ctx.reportAt(projects, p, "needIds", { messageId: "none", data: { project: name } });
    }
  },
});
