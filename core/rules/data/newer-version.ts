/** data: each "newer-version" issue the parser recorded becomes a finding at its cell. */
import { parseIssueRule } from "../util/parse-issue-rule";

export default parseIssueRule({
  id: "data/newer-version",
  kind: "newer-version",
  title: { th: "รุ่นของแม่แบบไม่ใหม่กว่าโปรแกรม", en: "Template is not newer than the program" },
  message: {
    th: "สมุดงานใช้แม่แบบรุ่น {detail} ซึ่งใหม่กว่าโปรแกรมนี้",
    en: "The workbook uses template version {detailEn}, newer than this program",
  },
  fix: { th: "ปรับรุ่นโปรแกรมแผนให้เป็นรุ่นล่าสุด", en: "Update Phaen to the latest version" },
});
