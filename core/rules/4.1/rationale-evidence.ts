import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { hasEvidence, isBlank } from "../util/text";

/** 4.1: the rationale states the problem with evidence (a figure or a named source). */
export default defineRule({
  id: "4.1/rationale-evidence",
  criterion: "4.1",
  severity: "error",
  title: { th: "หลักการและเหตุผลระบุปัญหาพร้อมข้อมูลสนับสนุน", en: "Rationale states the problem with evidence" },
  messages: {
    noEvidence: {
      th: "โครงการ {project} หลักการและเหตุผลไม่มีข้อมูลสนับสนุน (ไม่มีตัวเลขหรือแหล่งที่มา)",
      en: "Project {project}: the rationale gives no evidence (no figure and no source)",
    },
  },
  fix: {
    th: "ระบุขนาดของปัญหาเป็นตัวเลข หรืออ้างแหล่งข้อมูล (เช่น รายงานสถิติจังหวัด) ในหลักการและเหตุผล",
    en: "State the size of the problem in figures, or cite a source (e.g. a provincial statistics report), in the rationale",
  },
  check(ctx) {
    const { projects } = ctx.model;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      // An empty rationale is a required-field finding; this rule judges what is written.
      if (isBlank(p.rationale) || hasEvidence([p.rationale], ctx.settings.evidenceWords)) continue;
      ctx.reportAt(projects, p, "rationale", { messageId: "noEvidence", data: { project: projectLabel(p) } });
    }
  },
});
