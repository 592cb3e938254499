/** data: each "unreadable-value" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/unreadable-value",
  kind: "unreadable-value",
  title: { th: "ค่าในเซลล์อ่านได้ตามชนิดข้อมูล", en: "Cell values are readable" },
  message: { th: 'อ่านค่า "{raw}" ไม่ได้ ({detail})', en: 'Cannot read "{raw}" ({detailEn})' },
  fix: {
    th: "แก้ค่าให้ตรงชนิดข้อมูล เช่น ตัวเลข วันที่ 15 ม.ค. 52 หรือ 15/01/2552 หรือค่าจากรายการ",
    en: "Type a value of the right kind: a number, a date such as 15/01/2552, or a value from the list",
  },
});
