/** The words of the เทียบกับฉบับก่อน tab, Thai first and English, kept beside i18n.tsx's (same shape, same placeholders). */
import { useContext } from "react";
import type { Bilingual } from "../../core";
import { LangContext } from "./i18n";

const COMPARE_STRINGS = {
  intro: {
    th: "เลือกไฟล์แผนฉบับก่อน (.xlsx) เพื่อดูว่าอะไรเปลี่ยนไปในสมุดงานที่เปิดอยู่ ไฟล์ถูกอ่านในเครื่องนี้เท่านั้น ไม่ถูกส่งไปที่ใด",
    en: "Choose an earlier version of the plan (.xlsx) to see what changed in the open workbook. The file is read on this computer only and sent nowhere.",
  },
  choose: { th: "เลือกไฟล์ฉบับก่อน", en: "Choose the earlier version" },
  anyProvince: { th: "เทียบต่างจังหวัดได้", en: "Compare across provinces" },
  comparing: { th: "กำลังอ่านและเปรียบเทียบ…", en: "Reading and comparing…" },
  refused: { th: "เปรียบเทียบไม่ได้", en: "Cannot compare" },
  title: { th: "เปรียบเทียบแผน {place}", en: "Comparison of the plan of {place}" },
  older: { th: "ฉบับเดิม: {file} (ปีงบประมาณ {year}, {status})", en: "Older: {file} (fiscal year {year}, {status})" },
  newerOpen: { th: "ฉบับใหม่: สมุดงานที่เปิดอยู่ (ปีงบประมาณ {year}, {status})", en: "Newer: the open workbook (fiscal year {year}, {status})" },
  newer: {
    th: "ฉบับใหม่: {file} (สมุดงานที่เปิดอยู่ ปีงบประมาณ {year}, {status})",
    en: "Newer: {file} (the open workbook, fiscal year {year}, {status})",
  },
  summary: {
    th: "โครงการ {a} → {b} งบประมาณรวม {budgetA} → {budgetB} บาท ({diff})",
    en: "Projects {a} → {b}, total budget {budgetA} → {budgetB} baht ({diff})",
  },
  cuts: { th: "งบประมาณที่ถูกปรับลด ({n})", en: "Budget cuts ({n})" },
  removed: { th: "โครงการที่ตัดออก ({n})", en: "Projects removed ({n})" },
  added: { th: "โครงการที่เพิ่มใหม่ ({n})", en: "Projects added ({n})" },
  changed: { th: "โครงการที่เปลี่ยนแปลง ({n})", en: "Projects changed ({n})" },
  noProjectChanges: { th: "โครงการ: ไม่มีการเปลี่ยนแปลง", en: "Projects: no changes" },
  matchedByName: { th: "จับคู่ด้วยชื่อ เดิมรหัส {code}", en: "matched by name, was {code}" },
  cells: { th: "เซลล์ {older} → {newer}", en: "cells {older} → {newer}" },
  baht: { th: "บาท", en: "baht" },
  inside: { th: "ในวงเงิน", en: "inside" },
  over: { th: "เกินวงเงิน", en: "over" },
  byKind: { th: "ประเภทโครงการ", en: "Project kind" },
  bySource: { th: "แหล่งงบประมาณ", en: "Budget source" },
  byIssue: { th: "ประเด็นยุทธศาสตร์ที่", en: "Strategic issue" },
  before: { th: "เดิม", en: "Before" },
  after: { th: "ใหม่", en: "After" },
  difference: { th: "ผลต่าง (บาท)", en: "Difference (baht)" },
  projectsN: { th: "{n} โครงการ", en: "{n} projects" },
  unspecified: { th: "ไม่ระบุ", en: "unspecified" },
  plan: { th: "การเปลี่ยนแปลงของแผน", en: "Changes to the plan" },
  noPlanChanges: { th: "แผน: ไม่มีการเปลี่ยนแปลง", en: "Plan: no changes" },
  findings: { th: "ข้อค้นพบตามหลักเกณฑ์", en: "Findings by criterion" },
  criterion: { th: "เกณฑ์", en: "Criterion" },
  fixed: { th: "แก้ไขแล้ว", en: "Fixed" },
  new: { th: "พบใหม่", en: "New" },
  open: { th: "ยังคงอยู่", en: "Still open" },
  noFindings: { th: "ไม่มีข้อค้นพบทั้งสองฉบับ", en: "No findings in either version" },
  exportWord: { th: "ส่งออกตารางเปรียบเทียบ (Word)", en: "Export the comparison (Word)" },
  exporting: { th: "กำลังสร้างตารางเปรียบเทียบ…", en: "Building the comparison…" },
} satisfies Record<string, Bilingual>;

export type CompareKey = keyof typeof COMPARE_STRINGS;

export function useCompareT() {
  const lang = useContext(LangContext);
  return {
    lang,
    c: (key: CompareKey, vars: Record<string, string | number> = {}) =>
      COMPARE_STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? "")),
  };
}
