/** data: each "error-value" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/error-value",
  kind: "error-value",
  title: { th: "ไม่มีค่าผิดพลาดของ Excel", en: "No Excel error values" },
  message: { th: "เซลล์มีค่าผิดพลาด {raw} ({detail})", en: "The cell holds the error value {raw} ({detailEn})" },
  fix: {
    th: "แก้สูตรหรือการอ้างอิงที่ทำให้เกิดค่าผิดพลาด (#REF!, #VALUE! ฯลฯ)",
    en: "Fix the formula or reference that produces the error (#REF!, #VALUE!, …)",
  },
});
