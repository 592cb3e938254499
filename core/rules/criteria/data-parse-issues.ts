/**
 * data: one rule per kind of thing the parser could not read. The parser
 * records each with its cell and severity; these rules turn them into
 * findings (one small rule per kind, built by one factory).
 */
import type { ParseIssue } from "../../model";
import { defineRule, type Bilingual, type Rule } from "../types";

function parseIssueRule(kind: ParseIssue["kind"], title: Bilingual, message: Bilingual, fix: Bilingual): Rule {
  return defineRule({
    id: `data/${kind}`,
    criterion: "data",
    severity: "error",
    title,
    messages: { [kind]: message },
    fix,
    check(ctx) {
      for (const issue of ctx.model.parseIssues) {
        if (issue.kind !== kind) continue;
        ctx.report({
          messageId: kind,
          sheet: issue.sheet,
          cell: issue.cell,
          severity: issue.severity,
          data: { detail: issue.detail.th, detailEn: issue.detail.en, raw: issue.raw ?? "" },
        });
      }
    },
  });
}

export const missingSheet = parseIssueRule(
  "missing-sheet",
  { th: "มีแผ่นงานครบตามแม่แบบ", en: "Every template sheet is present" },
  { th: "ไม่พบแผ่นงาน {detail}", en: "Sheet {detailEn} is missing" },
  { th: "เพิ่มแผ่นงานตามแม่แบบ (หรือสร้างสมุดงานใหม่จากแม่แบบ) โดยใช้ชื่อแผ่นงานเดิม", en: "Add the sheet from the template, keeping its name" },
);

export const missingColumn = parseIssueRule(
  "missing-column",
  { th: "มีคอลัมน์ครบตามแม่แบบ", en: "Every template column is present" },
  { th: "ไม่พบคอลัมน์หรือหัวข้อ {detail}", en: "Column or field {detailEn} is missing" },
  { th: "เพิ่มคอลัมน์ตามหัวตารางของแม่แบบ (ชื่อหัวคอลัมน์ต้องตรงกัน)", en: "Add the column with the template's header text" },
);

export const unreadableValue = parseIssueRule(
  "unreadable-value",
  { th: "ค่าในเซลล์อ่านได้ตามชนิดข้อมูล", en: "Cell values are readable" },
  { th: 'อ่านค่า "{raw}" ไม่ได้ ({detail})', en: 'Cannot read "{raw}" ({detailEn})' },
  {
    th: "แก้ค่าให้ตรงชนิดข้อมูล เช่น ตัวเลข วันที่ 15 ม.ค. 52 หรือ 15/01/2552 หรือค่าจากรายการ",
    en: "Type a value of the right kind: a number, a date such as 15/01/2552, or a value from the list",
  },
);

export const errorValue = parseIssueRule(
  "error-value",
  { th: "ไม่มีค่าผิดพลาดของ Excel", en: "No Excel error values" },
  { th: "เซลล์มีค่าผิดพลาด {raw} ({detail})", en: "The cell holds the error value {raw} ({detailEn})" },
  {
    th: "แก้สูตรหรือการอ้างอิงที่ทำให้เกิดค่าผิดพลาด (#REF!, #VALUE! ฯลฯ)",
    en: "Fix the formula or reference that produces the error (#REF!, #VALUE!, …)",
  },
);

export const missingVersion = parseIssueRule(
  "missing-version",
  { th: "ระบุรุ่นของแม่แบบ", en: "Template version is recorded" },
  {
    th: "ไม่พบรุ่นของแม่แบบในแผ่นงาน {detail} จึงตรวจตามแม่แบบรุ่นปัจจุบัน",
    en: "No template version in sheet {detailEn}; checked against the current template",
  },
  { th: "สร้างสมุดงานจากแม่แบบล่าสุด หรือคัดลอกแผ่นงาน _meta จากแม่แบบ", en: "Start from the current template, or copy its _meta sheet" },
);

export const newerVersion = parseIssueRule(
  "newer-version",
  { th: "รุ่นของแม่แบบไม่ใหม่กว่าโปรแกรม", en: "Template is not newer than the program" },
  { th: "สมุดงานใช้แม่แบบรุ่น {detail} ซึ่งใหม่กว่าโปรแกรมนี้", en: "The workbook uses template version {detailEn}, newer than this program" },
  { th: "ปรับรุ่นโปรแกรมแผนให้เป็นรุ่นล่าสุด", en: "Update Phaen to the latest version" },
);

export const parseIssueRules: Rule[] = [missingSheet, missingColumn, unreadableValue, errorValue, missingVersion, newerVersion];
