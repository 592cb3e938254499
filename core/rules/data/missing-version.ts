/** data: each "missing-version" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/missing-version",
  kind: "missing-version",
  title: { th: "ระบุรุ่นของแม่แบบ", en: "Template version is recorded" },
  message: {
    th: "ไม่พบรุ่นของแม่แบบในแผ่นงาน {detail} จึงตรวจตามแม่แบบรุ่นปัจจุบัน",
    en: "No template version in sheet {detailEn}; checked against the current template",
  },
  fix: { th: "สร้างสมุดงานจากแม่แบบล่าสุด หรือคัดลอกแผ่นงาน _meta จากแม่แบบ", en: "Start from the current template, or copy its _meta sheet" },
});
