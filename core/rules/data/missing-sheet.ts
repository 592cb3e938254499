/** data: each "missing-sheet" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/missing-sheet",
  kind: "missing-sheet",
  title: { th: "มีแผ่นงานครบตามแม่แบบ", en: "Every template sheet is present" },
  message: { th: "ไม่พบแผ่นงาน {detail}", en: "Sheet {detailEn} is missing" },
  fix: { th: "เพิ่มแผ่นงานตามแม่แบบ (หรือสร้างสมุดงานใหม่จากแม่แบบ) โดยใช้ชื่อแผ่นงานเดิม", en: "Add the sheet from the template, keeping its name" },
});
