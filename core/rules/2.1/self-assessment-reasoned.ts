import { SUFFICIENCY_PARTS } from "../../schema";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { judgeReasons, problemText } from "../util/reasons";

/**
 * 2.1: each answer of the self-assessment carries its own reason: long enough
 * and not word for word another project's reason for the same part.
 */
export default defineRule({
  id: "2.1/self-assessment-reasoned",
  criterion: "2.1",
  severity: "error",
  title: { th: "การประเมินตนเองตามหลักปรัชญาของเศรษฐกิจพอเพียงมีเหตุผลประกอบ", en: "Sufficiency-economy self-assessment is reasoned" },
  messages: {
    reason: {
      th: "โครงการ {project} เหตุผลหัวข้อ {part} ไม่เพียงพอ: {problem}",
      en: "Project {project}: the reason for {partEn} is not sufficient: {problemEn}",
    },
    copied: {
      th: "โครงการ {project} เหตุผลหัวข้อ {part} ซ้ำกับของโครงการ {other} ทุกตัวอักษร",
      en: "Project {project}: the reason for {partEn} is word for word that of project {other}",
    },
  },
  fix: {
    th: "เขียนเหตุผลเฉพาะของโครงการนี้อย่างน้อย 20 ตัวอักษร อธิบายว่าโครงการสอดคล้องหรือไม่สอดคล้องกับหลักนั้นอย่างไร",
    en: "Write this project's own reason (at least 20 characters) saying how it meets the principle or why not",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const rows = projects.rows;
    // One pass over the projects gathers every part's reasons (the rows are large objects; each pass costs).
    const names: string[] = new Array(rows.length);
    const reasons = SUFFICIENCY_PARTS.map(() => new Array<string | null>(rows.length));
    for (let r = 0; r < rows.length; r++) {
      names[r] = projectLabel(rows[r]);
      for (let i = 0; i < SUFFICIENCY_PARTS.length; i++) reasons[i][r] = rows[r][SUFFICIENCY_PARTS[i].reasonKey];
    }
    // Copies are looked for part by part: the same words for the same principle in another project.
    const verdicts = reasons.map((column) => judgeReasons(column, names, ctx.settings));
    for (let r = 0; r < rows.length; r++) {
      const p = rows[r];
      for (let i = 0; i < SUFFICIENCY_PARTS.length; i++) {
        const problem = verdicts[i].problem(r);
        if (!problem) continue;
        const part = SUFFICIENCY_PARTS[i];
        const base = { project: names[r], part: part.th, partEn: part.en };
        ctx.reportAt(projects, p, part.reasonKey, {
          messageId: problem === "copied" ? "copied" : "reason",
          data:
            problem === "copied"
              ? { ...base, other: verdicts[i].other(r) ?? "" }
              : { ...base, ...problemText(problem, ctx.settings.minReasonLength) },
        });
      }
    }
  },
});
