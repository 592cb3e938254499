import { defineRule, type Report, type Rule, type RuleContext, type Severity } from "../types";
import { reportsOf } from "../util/memo";
import { planQualityChecks, projectQualityChecks } from "./quality-rules";

const COLUMN_LETTERS = /^[A-Z]+/;

interface Tally {
  errors: number;
  warnings: number;
  /** Criteria (e.g. "3.2") with at least one error. */
  failed: Set<string>;
  /** Projects (by code, or by row) with at least one error. */
  projectsWithErrors: Set<string>;
}

/** Tallies the reports of the 3.x and 4.x rules: the 2.3 summary reuses those rules as they are. */
function tally(ctx: RuleContext, rules: readonly Rule[]): Tally {
  const t: Tally = { errors: 0, warnings: 0, failed: new Set(), projectsWithErrors: new Set() };
  for (const rule of rules) {
    let reports: Report[];
    try {
      reports = reportsOf(rule, ctx);
    } catch {
      continue; // the rule's own run reports the failure; the summary counts what it can
    }
    for (let k = 0; k < reports.length; k++) {
      const r = reports[k];
      const severity: Severity = r.severity ?? rule.severity;
      if (severity === "warning") t.warnings++;
      if (severity !== "error") continue;
      t.errors++;
      t.failed.add(rule.criterion);
      if (r.sheet === ctx.model.projects.sheet) t.projectsWithErrors.add(r.project ?? r.cell.replace(COLUMN_LETTERS, ""));
    }
  }
  return t;
}

/** 2.3: quality of the plan (3.1–3.4) and of the projects (4.1–4.4), summarised from those rules. */
export default defineRule({
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
    const plan = tally(ctx, planQualityChecks);
    const projects = tally(ctx, projectQualityChecks);
    const total = ctx.model.projects.rows.length;
    const failedPlan = [...plan.failed].filter((c) => c.startsWith("3.")).length;
    const failedProject = [...projects.failed].filter((c) => c.startsWith("4.")).length;
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
