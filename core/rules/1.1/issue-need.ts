import { defineRule } from "../types";
import { codeKey, label } from "../util/lookup";

/** 1.1: a strategic issue answers at least one need raised at a public hearing. */
export default defineRule({
  id: "1.1/issue-need",
  criterion: "1.1",
  severity: "error",
  title: { th: "ประเด็นยุทธศาสตร์ตอบสนองความต้องการของประชาชน", en: "Strategic issue answers a need raised at a hearing" },
  messages: {
    none: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} ไม่ได้ระบุความต้องการของประชาชนที่ตอบสนอง",
      en: "Strategic issue {issue} names no need raised at a hearing",
    },
    unknown: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} อ้างรหัสความต้องการ {need} ซึ่งไม่มีในแผ่นงานความต้องการ",
      en: "Strategic issue {issue} names need {need}, which is not on the needs sheet",
    },
  },
  fix: {
    th: "ระบุรหัสความต้องการจากเวทีรับฟังความคิดเห็นที่ประเด็นนี้ตอบสนอง",
    en: "List the ids of the hearing needs this issue answers",
  },
  check(ctx) {
    const { issues } = ctx.model;
    const needIndex = ctx.facts.needById;
    for (const issue of issues.rows) {
      const name = label(issue.no, issue.$row);
      let answered = false;
      for (const need of issue.needIds ?? []) {
        if (needIndex.has(codeKey(need))) answered = true;
        else ctx.reportAt(issues, issue, "needIds", { messageId: "unknown", data: { issue: name, need } });
      }
      if (!answered) ctx.reportAt(issues, issue, "needIds", { messageId: "none", data: { issue: name } });
    }
  },
});
