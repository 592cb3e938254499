import { defineRule } from "../types";
import { STRENGTH_OR_OPPORTUNITY, codeKey, label } from "../util/lookup";

/** 1.1: a strategic issue stands on the province's potential: at least one strength or opportunity. */
export default defineRule({
  id: "1.1/issue-basis",
  criterion: "1.1",
  severity: "error",
  title: { th: "ประเด็นยุทธศาสตร์ตั้งอยู่บนจุดแข็งหรือโอกาส", en: "Strategic issue builds on a strength or opportunity" },
  messages: {
    none: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} ไม่ได้อ้างจุดแข็งหรือโอกาส (S/O) ใด",
      en: "Strategic issue {issue} names no strength or opportunity (S/O)",
    },
    unknown: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} อ้างรหัส SWOT {code} ซึ่งไม่มีในแผ่นงาน SWOT",
      en: "Strategic issue {issue} names SWOT code {code}, which is not on the SWOT sheet",
    },
  },
  fix: {
    th: "ระบุรหัสจุดแข็งหรือโอกาส (เช่น S1, O2) ที่ประเด็นนี้ใช้ประโยชน์ ในคอลัมน์รหัส SWOT ที่รองรับ",
    en: "List the strength or opportunity codes (e.g. S1, O2) this issue builds on in its SWOT items column",
  },
  check(ctx) {
    const { issues } = ctx.model;
    const swot = ctx.facts.swotByCode;
    for (const issue of issues.rows) {
      const name = label(issue.no, issue.$row);
      let basis = false;
      for (const code of issue.swotCodes ?? []) {
        const item = swot.get(codeKey(code));
        if (!item) ctx.reportAt(issues, issue, "swotCodes", { messageId: "unknown", data: { issue: name, code } });
        else if (item.type && STRENGTH_OR_OPPORTUNITY.has(item.type)) basis = true;
      }
      if (!basis) ctx.reportAt(issues, issue, "swotCodes", { messageId: "none", data: { issue: name } });
    }
  },
});
