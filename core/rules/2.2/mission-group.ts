import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";

/** 2.2: a project falls in the same mission group as its strategic issue. */
export default defineRule({
  id: "2.2/mission-group",
  criterion: "2.2",
  severity: "error",
  title: { th: "กลุ่มภารกิจของโครงการตรงกับประเด็นยุทธศาสตร์", en: "Project's mission group matches its strategic issue's" },
  messages: {
    mismatch: {
      th: "โครงการ {project} อยู่ในกลุ่มภารกิจ{group} แต่ประเด็นยุทธศาสตร์ที่ {issue} อยู่ในกลุ่มภารกิจ{issueGroup}",
      en: "Project {project} is in mission group {group} but strategic issue {issue} is in {issueGroup}",
    },
  },
  fix: {
    th: "แก้กลุ่มภารกิจของโครงการให้ตรงกับประเด็นยุทธศาสตร์ หรือย้ายโครงการไปอยู่ในประเด็นที่ถูกต้อง",
    en: "Correct the project's mission group, or move the project under the right issue",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const issueByNo = ctx.facts.issueByNo;
    for (let row = 0; row < projects.rows.length; row++) {
      const p = projects.rows[row];
      const issue = p.issueNo === null ? undefined : issueByNo.get(p.issueNo);
      if (!issue || !issue.missionGroup || !p.missionGroup || issue.missionGroup === p.missionGroup) continue;
      ctx.reportAt(projects, p, "missionGroup", {
        messageId: "mismatch",
        data: { project: projectLabel(p), group: p.missionGroup, issue: p.issueNo ?? "", issueGroup: issue.missionGroup },
      });
    }
  },
});
