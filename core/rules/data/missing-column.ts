/** data: each "missing-column" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/missing-column",
  kind: "missing-column",
  title: { th: "มีคอลัมน์ครบตามแม่แบบ", en: "Every template column is present" },
  message: { th: "ไม่พบคอลัมน์หรือหัวข้อ {detail}", en: "Column or field {detailEn} is missing" },
  fix: { th: "เพิ่มคอลัมน์ตามหัวตารางของแม่แบบ (ชื่อหัวคอลัมน์ต้องตรงกัน)", en: "Add the column with the template's header text" },
});
