import { cellOf } from "../../model";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { judgeReasons, problemText } from "../util/reasons";

/** 1.2: each project states the jobs or income it creates, or why it creates none. */
export default defineRule({
  id: "1.2/jobs-income",
  criterion: "1.2",
  severity: "error",
  title: { th: "โครงการระบุการสร้างงานและรายได้ หรือเหตุผลที่ไม่สร้าง", en: "Project states jobs and income created, or why none" },
  messages: {
    missing: {
      th: "โครงการ {project} ไม่ได้ระบุการจ้างงานหรือรายได้ที่เพิ่มขึ้น และไม่มีเหตุผลกรณีไม่สร้างงาน/รายได้ ({problem})",
      en: "Project {project} states neither jobs nor added income, and gives no sufficient reason why ({problemEn})",
    },
  },
  fix: {
    th: "กรอกจำนวนการจ้างงาน (คน) หรือรายได้ที่เพิ่มขึ้น (บาท/ปี) หรืออธิบายเหตุผลที่โครงการไม่สร้างงาน/รายได้ อย่างน้อย 20 ตัวอักษร",
    en: "Fill in jobs created or added income, or explain in at least 20 characters why the project creates none",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const names = projects.rows.map(projectLabel);
    const verdicts = judgeReasons(
      projects.rows.map((p) => p.noJobsReason),
      names,
      ctx.settings,
    );
    projects.rows.forEach((p, i) => {
      if ((p.jobs ?? 0) > 0 || (p.income ?? 0) > 0) return;
      const name = names[i];
      const problem = verdicts.problem(i);
      if (!problem) return;
      ctx.report({
        messageId: "missing",
        sheet: projects.sheet,
        cell: cellOf(projects, p, problem === "missing" ? "jobs" : "noJobsReason"),
        data: { project: name, ...problemText(problem, ctx.settings.minReasonLength) },
        project: p.code ?? undefined,
      });
    });
  },
});
