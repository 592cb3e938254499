import { defineRule } from "../types";
import { codeKey, label } from "../util/lookup";

/** 2.2: strategic issues name existing objectives; approaches sit under existing issues. */
export default defineRule({
  id: "2.2/issue-links",
  criterion: "2.2",
  severity: "error",
  title: { th: "ประเด็นยุทธศาสตร์และแนวทางเชื่อมโยงกับวัตถุประสงค์", en: "Issues and approaches link to objectives and issues that exist" },
  messages: {
    issueNoObjective: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} ไม่ได้อ้างวัตถุประสงค์ของแผน",
      en: "Strategic issue {issue} names no plan objective",
    },
    unknownObjective: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} อ้างวัตถุประสงค์ {objective} ซึ่งไม่มีในแผ่นงานวัตถุประสงค์",
      en: "Strategic issue {issue} names objective {objective}, which is not on the objectives sheet",
    },
    approachNoIssue: {
      th: "แนวทาง {approach} อยู่ภายใต้ประเด็นที่ {issue} ซึ่งไม่มีในแผ่นงานประเด็นยุทธศาสตร์",
      en: "Approach {approach} is under issue {issue}, which is not on the strategic issues sheet",
    },
  },
  fix: {
    th: "ระบุรหัสวัตถุประสงค์ที่มีอยู่ให้แต่ละประเด็น และแก้เลขประเด็นของแนวทางให้ถูกต้อง",
    en: "Give each issue existing objective codes and correct each approach's issue number",
  },
  check(ctx) {
    const { issues, approaches } = ctx.model;
    const objectives = ctx.facts.objectiveByCode;
    for (const issue of issues.rows) {
      const name = label(issue.no, issue.$row);
      const codes = issue.objectiveCodes ?? [];
      if (!codes.length) ctx.reportAt(issues, issue, "objectiveCodes", { messageId: "issueNoObjective", data: { issue: name } });
      for (const objective of codes) {
        if (!objectives.has(codeKey(objective))) {
          ctx.reportAt(issues, issue, "objectiveCodes", { messageId: "unknownObjective", data: { issue: name, objective } });
        }
      }
    }
    const issueByNo = ctx.facts.issueByNo;
    for (const a of approaches.rows) {
      if (a.issueNo === null || issueByNo.has(a.issueNo)) continue;
      ctx.reportAt(approaches, a, "issueNo", { messageId: "approachNoIssue", data: { approach: label(a.code, a.$row), issue: a.issueNo } });
    }
  },
});
