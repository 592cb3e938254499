import { defineSummaryRule, type Criterion, type Finding, type SummaryContext } from "../types";

const COLUMN_LETTERS = /^[A-Z]+/;

interface Tally {
  errors: number;
  warnings: number;
  /** Criteria (e.g. "3.2") with at least one error. */
  failed: Set<Criterion>;
  /** Projects (by code, or by row) with at least one error. */
  projectsWithErrors: Set<string>;
}

/**
 * Tallies the findings of the rules under criteria `3.` or `4.` (a rule that
 * could not run files its failure under `data`, so the summary counts what
 * the others found).
 */
function tally(ctx: SummaryContext, group: "3." | "4."): Tally {
  const t: Tally = { errors: 0, warnings: 0, failed: new Set(), projectsWithErrors: new Set() };
  const findings: readonly Finding[] = ctx.findings;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (!f.criterion.startsWith(group)) continue;
    if (f.severity === "warning") t.warnings++;
    if (f.severity !== "error") continue;
    t.errors++;
    t.failed.add(f.criterion);
    if (f.sheet === ctx.model.projects.sheet) t.projectsWithErrors.add(f.project ?? f.cell.replace(COLUMN_LETTERS, ""));
  }
  return t;
}

/** 2.3: quality of the plan (3.1–3.4) and of the projects (4.1–4.4), summarised from the findings of those criteria's rules after they run. */
export default defineSummaryRule({
  id: "2.3/quality-summary",
  criterion: "2.3",
  severity: "info",
  title: { th: "สรุปคุณภาพของแผนและโครงการ", en: "Summary of plan and project quality" },
  messages: {
    summary: {
      th: "คุณภาพของแผน (เกณฑ์ 3.1–3.4) ผ่าน {planPassed} จาก 4 ข้อ (ข้อผิดพลาด {planErrors} คำเตือน {planWarnings}); คุณภาพของโครงการ (เกณฑ์ 4.1–4.4) ผ่าน {projectPassed} จาก 4 ข้อ โครงการที่ไม่มีข้อผิดพลาด {okProjects} จาก {projects} โครงการ (ข้อผิดพลาด {projectErrors} คำเตือน {projectWarnings})",
      en: "Plan quality (3.1–3.4): {planPassed} of 4 criteria met ({planErrors} errors, {planWarnings} warnings); project quality (4.1–4.4): {projectPassed} of 4 criteria met, {okProjects} of {projects} projects without errors ({projectErrors} errors, {projectWarnings} warnings)",
    },
  },
  fix: {
    th: "แก้ข้อผิดพลาดตามเกณฑ์ 3.1–3.4 และ 4.1–4.4 ที่รายงานไว้ แผนและโครงการจึงผ่านหลักคุณภาพ",
    en: "Fix the findings of criteria 3.1–3.4 and 4.1–4.4 for the plan and its projects to meet the quality criterion",
  },
  check(ctx) {
    const plan = tally(ctx, "3.");
    const projects = tally(ctx, "4.");
    const total = ctx.model.projects.rows.length;
    const failedPlan = plan.failed.size;
    const failedProject = projects.failed.size;
    ctx.report({
      messageId: "summary",
      sheet: ctx.model.info.sheet,
      cell: "A1",
      severity: plan.errors || projects.errors ? "warning" : "info",
      data: {
        planPassed: 4 - failedPlan,
        planErrors: plan.errors,
        planWarnings: plan.warnings,
        projectPassed: 4 - failedProject,
        okProjects: total - projects.projectsWithErrors.size,
        projects: total,
        projectErrors: projects.errors,
        projectWarnings: projects.warnings,
      },
    });
  },
});
