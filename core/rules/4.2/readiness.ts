import { READINESS_PARTS } from "../../schema";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 4.2: readiness (land, design, permits) is recorded; not ready is a warning. */
export default defineRule({
  id: "4.2/readiness",
  criterion: "4.2",
  severity: "error",
  title: { th: "บันทึกความพร้อมของโครงการ (ที่ดิน แบบรูปรายการ การขออนุญาต)", en: "Project readiness (land, design, permits) is recorded" },
  messages: {
    unrecorded: {
      th: "โครงการ {project} ไม่ได้บันทึกความพร้อมด้าน{part}",
      en: "Project {project} does not record its readiness: {partEn}",
    },
    notReady: {
      th: "โครงการ {project} ยังไม่พร้อมด้าน{part}",
      en: "Project {project} is not ready: {partEn}",
    },
  },
  fix: {
    th: "เลือกความพร้อมแต่ละด้าน (พร้อม / อยู่ระหว่างดำเนินการ / ไม่พร้อม / ไม่ต้องใช้) และเตรียมให้พร้อมก่อนเสนอของบประมาณ",
    en: "Record each readiness item (ready / in progress / not ready / not needed), and get ready before the budget request",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      for (let k = 0; k < READINESS_PARTS.length; k++) {
        const part = READINESS_PARTS[k];
        const value = p[part.key];
        if (value !== null && value !== "ไม่พร้อม") continue;
        ctx.reportAt(projects, p, part.key, {
          messageId: value === null ? "unrecorded" : "notReady",
          data: { project: projectLabel(p), part: part.th, partEn: part.en.toLowerCase() },
          severity: value === null ? "error" : "warning",
        });
      }
    }
  },
});
