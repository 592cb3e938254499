import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { isBlank } from "../util/text";

/** 4.2: a feasible project has a responsible agency and a place. */
/** The two fields 4.2 needs on every project, each with its own message. */
const REQUIRED = [
  ["agency", "noAgency"],
  ["location", "noLocation"],
] as const;

export default defineRule({
  id: "4.2/agency-location",
  criterion: "4.2",
  severity: "error",
  title: { th: "ระบุหน่วยงานรับผิดชอบและสถานที่ดำเนินการ", en: "Responsible agency and location are given" },
  messages: {
    noAgency: { th: "โครงการ {project} ไม่ได้ระบุหน่วยงานรับผิดชอบ", en: "Project {project} names no responsible agency" },
    noLocation: { th: "โครงการ {project} ไม่ได้ระบุสถานที่ดำเนินการ", en: "Project {project} gives no location" },
  },
  fix: {
    th: "ระบุหน่วยงานรับผิดชอบ และสถานที่ดำเนินการ (ตำบล อำเภอ)",
    en: "Name the responsible agency and the location (sub-district, district)",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      for (let k = 0; k < REQUIRED.length; k++) {
        const [key, messageId] = REQUIRED[k];
        if (!isBlank(p[key])) continue;
        ctx.reportAt(projects, p, key, { messageId, data: { project: projectLabel(p) } });
      }
    }
  },
});
