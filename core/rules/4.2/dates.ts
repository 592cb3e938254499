import { fiscalYearBounds } from "../../thai";
import { thaiDate } from "../util/format";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

const DATE_KEYS = ["startDate", "endDate"] as const;

/** 4.2: a project runs inside the fiscal year (unless multi-year) and starts before it ends. */
export default defineRule({
  id: "4.2/dates",
  criterion: "4.2",
  severity: "error",
  title: { th: "ระยะเวลาดำเนินโครงการอยู่ในปีงบประมาณ", en: "Project dates fall within the fiscal year" },
  messages: {
    order: {
      th: "โครงการ {project} วันเริ่มต้น {start} อยู่หลังวันสิ้นสุด {end}",
      en: "Project {project} starts on {start}, after its end date {end}",
    },
    outside: {
      th: "โครงการ {project} วันที่ {date} อยู่นอกปีงบประมาณ {year} ({from} – {to}) และไม่ได้ระบุว่าเป็นโครงการต่อเนื่องหลายปี",
      en: "Project {project}: {date} falls outside fiscal year {year} ({from} – {to}) and the project is not marked multi-year",
    },
  },
  fix: {
    th: "แก้วันเริ่มต้น/วันสิ้นสุดให้อยู่ในปีงบประมาณ หรือระบุ ใช่ ในช่องโครงการต่อเนื่องหลายปี",
    en: "Move the dates inside the fiscal year, or mark the project as multi-year",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const fy = ctx.model.info.values.fiscalYear;
    const bounds = fy ? fiscalYearBounds(fy) : undefined;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const name = projectLabel(p);
      if (p.startDate && p.endDate && p.startDate > p.endDate) {
        ctx.reportAt(projects, p, "startDate", {
          messageId: "order",
          data: { project: name, start: thaiDate(p.startDate), end: thaiDate(p.endDate) },
        });
      }
      if (!bounds || p.multiYear === true) continue;
      for (let k = 0; k < DATE_KEYS.length; k++) {
        const key = DATE_KEYS[k];
        const date = p[key];
        if (!date || (date >= bounds.start && date <= bounds.end)) continue;
        ctx.reportAt(projects, p, key, {
          messageId: "outside",
          data: {
            project: name,
            date: thaiDate(date),
            year: fy ?? "",
            from: thaiDate(bounds.start),
            to: thaiDate(bounds.end),
          },
        });
      }
    }
  },
});
