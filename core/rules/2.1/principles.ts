import { SUFFICIENCY_PARTS } from "../../schema";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** The three principles (ห่วง); the two conditions follow them in SUFFICIENCY_PARTS. */
const PRINCIPLES = SUFFICIENCY_PARTS.slice(0, 3);

/** 2.1: a project meets the criterion only when all three principles are answered ใช่. */
export default defineRule({
  id: "2.1/principles",
  criterion: "2.1",
  severity: "warning",
  title: { th: "โครงการสอดคล้องกับ 3 ห่วงของหลักปรัชญาของเศรษฐกิจพอเพียง", en: "Project meets the three sufficiency-economy principles" },
  messages: {
    notMet: {
      th: "โครงการ {project} ตอบ ไม่ใช่ ในหัวข้อ {part} จึงยังไม่ผ่านเกณฑ์ 2.1",
      en: "Project {project} answers no for {partEn}, so it does not meet criterion 2.1",
    },
  },
  fix: {
    th: "ทบทวนการออกแบบโครงการให้พอประมาณ มีเหตุผล และมีภูมิคุ้มกัน หรือให้คณะกรรมการพิจารณาเหตุผลที่ให้ไว้",
    en: "Rework the project to be moderate, reasoned and resilient, or let the committee weigh the reason given",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      for (let k = 0; k < PRINCIPLES.length; k++) {
        const part = PRINCIPLES[k];
        if (p[part.key] !== false) continue;
        ctx.reportAt(projects, p, part.key, { messageId: "notMet", data: { project: projectLabel(p), part: part.th, partEn: part.en } });
      }
    }
  },
});
