import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { judgeReasons, problemText } from "../util/reasons";

/**
 * 1.2: each project states the jobs and the income it creates, or why it
 * creates none. A project that gives one figure must give the other too
 * (0 when there is none).
 */
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
    noIncome: {
      th: "โครงการ {project} ระบุการจ้างงาน {jobs} คน แต่ไม่ได้ระบุรายได้ที่เพิ่มขึ้น",
      en: "Project {project} states {jobs} jobs but not the income added",
    },
    noJobs: {
      th: "โครงการ {project} ระบุรายได้ที่เพิ่มขึ้นแต่ไม่ได้ระบุการจ้างงาน",
      en: "Project {project} states the income added but not the jobs created",
    },
  },
  fix: {
    th: "กรอกทั้งจำนวนการจ้างงาน (คน) และรายได้ที่เพิ่มขึ้น (บาท/ปี) โดยใส่ 0 หากไม่มี หรืออธิบายเหตุผลที่โครงการไม่สร้างงานและรายได้ อย่างน้อย 20 ตัวอักษร",
    en: "Fill in both jobs created and added income (0 where there is none), or explain in at least 20 characters why the project creates neither",
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
      if ((p.jobs ?? 0) > 0 || (p.income ?? 0) > 0) {
        // One figure given: the other must be stated too, if only as 0.
        if (p.jobs !== null && p.income !== null) return;
        const noIncome = p.income === null;
        ctx.reportAt(projects, p, noIncome ? "income" : "jobs", {
          messageId: noIncome ? "noIncome" : "noJobs",
          data: { project: names[i], jobs: p.jobs ?? 0 },
        });
        return;
      }
      const name = names[i];
      const problem = verdicts.problem(i);
      if (!problem) return;
      ctx.reportAt(projects, p, problem === "missing" ? "jobs" : "noJobsReason", {
        messageId: "missing",
        data: { project: name, ...problemText(problem, ctx.settings.minReasonLength) },
      });
    });
  },
});
