import { cellOf } from "../../model";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { normaliseText } from "../util/text";

/** 4.2: a feasible project has a responsible agency and a place. */
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
    for (const p of projects.rows) {
      const data = { project: projectLabel(p) };
      const project = p.code ?? undefined;
      if (!normaliseText(p.agency))
        ctx.report({ messageId: "noAgency", sheet: projects.sheet, cell: cellOf(projects, p, "agency"), data, project });
      if (!normaliseText(p.location))
        ctx.report({ messageId: "noLocation", sheet: projects.sheet, cell: cellOf(projects, p, "location"), data, project });
    }
  },
});
