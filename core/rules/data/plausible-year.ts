import { cellOf, infoCell } from "../../model";
import { BE_OFFSET } from "../../thai";
import { defineRule } from "../types";
import { projectLabel, label } from "../util/lookup";

const INFO_YEARS = [
  { key: "fiscalYear", th: "ปีงบประมาณ", en: "fiscal year" },
  { key: "planFirstYear", th: "ปีเริ่มต้นของแผน", en: "plan's first year" },
  { key: "planLastYear", th: "ปีสิ้นสุดของแผน", en: "plan's last year" },
] as const;

/** data: BE years are plausible (settings.plausibleYears); a year that looks CE is named as such. */
export default defineRule({
  id: "data/plausible-year",
  criterion: "data",
  severity: "error",
  title: { th: "ปี พ.ศ. อยู่ในช่วงที่เป็นไปได้", en: "BE years are plausible" },
  messages: {
    implausible: {
      th: "{what} ปี พ.ศ. {year} อยู่นอกช่วงที่เป็นไปได้ ({min}–{max})",
      en: "{whatEn}: BE year {year} is outside the plausible range ({min}–{max})",
    },
    looksCE: {
      th: "{what} ปี {year} ดูเหมือนเป็นปี ค.ศ. (พ.ศ. {be})",
      en: "{whatEn}: year {year} looks like a CE year (BE {be})",
    },
    periodOrder: {
      th: "ปีเริ่มต้นของแผน {first} อยู่หลังปีสิ้นสุด {last}",
      en: "The plan's first year {first} is after its last year {last}",
    },
  },
  fix: {
    th: "พิมพ์ปีเป็น พ.ศ. 4 หลัก (เช่น 2552) และวันที่แบบไทย (เช่น 15 ม.ค. 52)",
    en: "Type years as four-digit BE years (e.g. 2552) and dates the Thai way (e.g. 15/01/2552)",
  },
  check(ctx) {
    const { min, max } = ctx.settings.plausibleYears;
    const plausible = (year: number | null) => year === null || (year >= min && year <= max);
    const judge = (year: number | null, sheet: string, cell: string, what: string, whatEn: string) => {
      if (plausible(year) || year === null) return;
      const ce = year >= min - BE_OFFSET && year <= max - BE_OFFSET;
      const data = { what, whatEn, year, min, max, be: year + BE_OFFSET };
      ctx.report({ messageId: ce ? "looksCE" : "implausible", sheet, cell, data });
    };
    const v = ctx.model.info.values;
    for (const f of INFO_YEARS) judge(v[f.key], ctx.model.info.sheet, infoCell(ctx.model, f.key), f.th, f.en);
    if (v.planFirstYear !== null && v.planLastYear !== null && v.planFirstYear > v.planLastYear) {
      ctx.report({
        messageId: "periodOrder",
        sheet: ctx.model.info.sheet,
        cell: infoCell(ctx.model, "planFirstYear"),
        data: { first: v.planFirstYear, last: v.planLastYear },
      });
    }
    const { objectives, projects, hearings, approvals } = ctx.model;
    for (const o of objectives.rows) {
      judge(
        o.targetYear,
        objectives.sheet,
        cellOf(objectives, o, "targetYear"),
        `วัตถุประสงค์ ${label(o.code, o.$row)}`,
        `Objective ${label(o.code, o.$row)}`,
      );
    }
    const year = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) + BE_OFFSET : null);
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      // The labels are made only for a finding: this runs twice for every project.
      const start = year(p.startDate);
      const end = year(p.endDate);
      if (plausible(start) && plausible(end)) continue;
      judge(start, projects.sheet, cellOf(projects, p, "startDate"), `โครงการ ${projectLabel(p)}`, `Project ${projectLabel(p)}`);
      judge(end, projects.sheet, cellOf(projects, p, "endDate"), `โครงการ ${projectLabel(p)}`, `Project ${projectLabel(p)}`);
    }
    for (const h of hearings.rows)
      judge(year(h.date), hearings.sheet, cellOf(hearings, h, "date"), `เวที ${label(h.id, h.$row)}`, `Hearing ${label(h.id, h.$row)}`);
    for (const a of approvals.rows)
      judge(year(a.date), approvals.sheet, cellOf(approvals, a, "date"), `ขั้นตอน ${a.step ?? a.$row}`, `Step ${a.step ?? a.$row}`);
  },
});
