import { SUFFICIENCY_PARTS } from "../../schema";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 2.1: every part of the sufficiency-economy self-assessment is answered ใช่ or ไม่ใช่. */
export default defineRule({
  id: "2.1/self-assessment-complete",
  criterion: "2.1",
  severity: "error",
  title: { th: "ประเมินตนเองตามหลักปรัชญาของเศรษฐกิจพอเพียงครบทุกส่วน", en: "Sufficiency-economy self-assessment is complete" },
  messages: {
    unanswered: {
      th: "โครงการ {project} ยังไม่ได้ตอบ ใช่/ไม่ใช่ ในหัวข้อ {part}",
      en: "Project {project} has not answered yes/no for {partEn}",
    },
  },
  fix: {
    th: "เลือก ใช่ หรือ ไม่ใช่ ในทุกหัวข้อของหลักปรัชญาของเศรษฐกิจพอเพียง (3 ห่วง 2 เงื่อนไข)",
    en: "Answer yes or no for each of the three principles and two conditions",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      for (let k = 0; k < SUFFICIENCY_PARTS.length; k++) {
        const part = SUFFICIENCY_PARTS[k];
        if (p[part.key] !== null) continue;
        ctx.reportAt(projects, p, part.key, {
          messageId: "unanswered",
          data: { project: projectLabel(p), part: part.th, partEn: part.en },
        });
      }
    }
  },
});
