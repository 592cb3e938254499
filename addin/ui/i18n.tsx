/** The pane's words in Thai (default) and English, and the context that picks one. */
import { createContext, useContext } from "react";
import { formatNumber, UserError, type Bilingual } from "../../core";
import type { SaveOutcome } from "../office/save";

export type Lang = "th" | "en";

const STRINGS = {
  appTitle: { th: "แผน: ตรวจแผนพัฒนาจังหวัด", en: "Phaen: plan checker" },
  tabCheck: { th: "ตรวจสอบ", en: "Check" },
  tabScore: { th: "คำนวณคะแนน", en: "Score" },
  tabExport: { th: "ส่งออก Word", en: "Export Word" },
  tabScaffold: { th: "สร้างแม่แบบ", en: "Create template" },
  tabCompare: { th: "เทียบกับฉบับก่อน", en: "Compare" },
  language: { th: "English", en: "ภาษาไทย" },
  live: { th: "ตรวจใหม่อัตโนมัติเมื่อแก้ไขข้อมูล", en: "Re-check automatically on edits" },
  runCheck: { th: "ตรวจสอบแผน", en: "Check the plan" },
  checking: { th: "กำลังตรวจสอบ…", en: "Checking…" },
  checkIntro: {
    th: "ตรวจแผนและโครงการตามหลักเกณฑ์การพิจารณากลั่นกรอง แล้วบันทึกผลไว้ในแผ่นงาน “ผลการตรวจ”",
    en: "Checks the plan and its projects against the screening criteria and writes the results to the “ผลการตรวจ” sheet.",
  },
  noFindings: { th: "ไม่พบข้อบกพร่องตามเกณฑ์ที่ตรวจ", en: "No findings against the criteria checked." },
  findingsOf: { th: "ผลการตรวจ", en: "Findings for" },
  total: { th: "ทั้งหมด", en: "Total" },
  items: { th: "รายการ", en: "items" },
  clickToGo: { th: "คลิกรายการเพื่อไปยังเซลล์ที่ต้องแก้ไข", en: "Click an item to go to its cell." },
  sheetCell: { th: "แผ่นงาน", en: "Sheet" },
  cell: { th: "เซลล์", en: "cell" },
  fix: { th: "วิธีแก้ไข", en: "Fix" },
  more: { th: "และอีก {n} รายการ ดูทั้งหมดในแผ่นงาน “ผลการตรวจ”", en: "and {n} more: see the “ผลการตรวจ” sheet" },
  runScore: { th: "คำนวณคะแนน", en: "Compute the score" },
  scoring: { th: "กำลังคำนวณ…", en: "Computing…" },
  scoreIntro: {
    th: "คำนวณระดับความสำเร็จของตัวชี้วัดที่ 3.6 และบันทึกไว้ในแผ่นงาน “คะแนน”",
    en: "Computes the KPI 3.6 milestone level and writes it to the “คะแนน” sheet.",
  },
  noKpi: { th: "ยังไม่มีตัวชี้วัดที่ต้องคำนวณสำหรับปีงบประมาณของแผนนี้", en: "No KPI to score for this plan's fiscal year." },
  noKpiForYear: {
    th: "ชุดกติกา {id} ไม่ได้กำหนดตัวชี้วัดสำหรับปีงบประมาณ {year} จึงไม่มีคะแนนให้คำนวณ",
    en: "Rule pack {id} defines no KPI for fiscal year {year}, so there is no score to compute.",
  },
  ceilingTitle: { th: "การจัดสรรตามกรอบวงเงิน (เรียงตามลำดับความสำคัญ)", en: "Against the budget ceiling (in priority order)" },
  ceilingOf: {
    th: "วงเงินงบจังหวัด {baht} บาท โครงการเรียงตามลำดับความสำคัญเข้าภายในกรอบวงเงินจนเต็ม ที่เหลือเป็นเกินกรอบวงเงิน",
    en: "Provincial ceiling {baht} baht: projects in priority order fall inside until it is full, the rest over it.",
  },
  ceilingNone: {
    th: "ยังไม่ได้ระบุวงเงินงบจังหวัด: ทุกโครงการนับเป็นภายในกรอบวงเงิน",
    en: "No provincial ceiling given: every project counts as inside it.",
  },
  ceilingTotals: {
    th: "ภายในกรอบวงเงิน {inside} โครงการ {insideBaht} บาท · เกินกรอบวงเงิน {over} โครงการ {overBaht} บาท · รับทราบ {info} โครงการ",
    en: "Inside the ceiling {inside} projects, {insideBaht} baht · over it {over}, {overBaht} baht · for information {info}",
  },
  overCeiling: { th: "เกินกรอบวงเงิน", en: "Over the ceiling" },
  overCeilingItem: {
    th: "เกินกรอบวงเงิน: โครงการ {code} แผ่นงาน {sheet} เซลล์ {cell}",
    en: "Over the ceiling: project {code}, {sheet} {cell}",
  },
  baht: { th: "บาท", en: "baht" },
  priority: { th: "ลำดับความสำคัญ", en: "priority" },
  packUsed: { th: "ชุดกติกา {id} (ปีงบประมาณ {years})", en: "Rule pack {id} (fiscal years {years})" },
  packStandIn: {
    th: "ไม่มีชุดกติกาสำหรับปีงบประมาณของแผนนี้ ใช้กติกาของชุด {id} (ปีงบประมาณ {years})",
    en: "No rule pack covers this plan's fiscal year: using the rules of pack {id} (fiscal years {years})",
  },
  level: { th: "ระดับ", en: "Level" },
  score: { th: "คะแนน", en: "Score" },
  weighted: { th: "คะแนนถ่วงน้ำหนัก", en: "Weighted score" },
  weight: { th: "ค่าน้ำหนัก", en: "Weight" },
  passed: { th: "ผ่าน", en: "Met" },
  notPassed: { th: "ไม่ผ่าน", en: "Not met" },
  notAssessed: { th: "ไม่ต้องประเมิน", en: "Not assessed" },
  formulaDiffers: { th: "ค่าในสูตรของแม่แบบต่างจากที่คำนวณ", en: "The template's formula cells differ" },
  formulaValue: { th: "ค่าในสูตร", en: "Formula" },
  computedValue: { th: "ค่าที่คำนวณ", en: "Computed" },
  exportIntro: { th: "สร้างเอกสาร Word จากข้อมูลในสมุดงานนี้ แล้วบันทึกลงเครื่อง", en: "Builds Word documents from this workbook and saves them." },
  build: { th: "สร้างและบันทึก", en: "Build and save" },
  building: { th: "กำลังสร้าง…", en: "Building…" },
  saved: { th: "บันทึกแล้ว: {name}", en: "Saved: {name}" },

  scaffoldIntro: {
    th: "สร้างแผ่นงานของแม่แบบ (หัวตาราง รายการให้เลือก และชื่อที่กำหนด) ในสมุดงานเปล่า แผ่นงานที่มีอยู่แล้วจะไม่ถูกแก้ไข",
    en: "Creates the template sheets (headers, dropdowns, defined names) in a blank workbook. Existing sheets are left untouched.",
  },
  runScaffold: { th: "สร้างแม่แบบ", en: "Create the template" },
  runScaffoldFor: { th: "สร้างแม่แบบ ปีงบประมาณ {year}", en: "Create the template for FY {year}" },
  scaffoldYear: { th: "ปีงบประมาณ (พ.ศ.)", en: "Fiscal year (BE)" },
  scaffoldYearInvalid: { th: "ใส่ปี พ.ศ. 4 หลัก เช่น 2570", en: "Type a four-digit Buddhist Era year such as 2570" },
  scaffoldFeatures: { th: "แผ่นงานและคอลัมน์ที่เพิ่มตามชุดกติกา", en: "Added by the pack" },
  scaffoldNoFeatures: {
    th: "แม่แบบมาตรฐาน (ชุดกติกานี้ไม่เพิ่มแผ่นงานหรือคอลัมน์)",
    en: "The standard template (this pack adds no sheets or columns)",
  },
  featureAlignment: { th: "คอลัมน์ความสอดคล้องกับแผนระดับชาติ", en: "national-plan alignment columns" },
  featureGoal20: { th: "แผ่นงานเป้าหมาย 20 ปี", en: "the 20-year goal sheet" },
  featureReview: { th: "ฉบับทบทวนประจำปี", en: "the yearly review edition" },
  created: { th: "สร้างแผ่นงานแล้ว", en: "Sheets created" },
  skipped: { th: "มีอยู่แล้ว (ไม่แก้ไข)", en: "Already there (untouched)" },
  error: { th: "เกิดข้อผิดพลาด", en: "Something went wrong" },
  writtenBeside: {
    th: "แผ่นงานชื่อเดียวกันเป็นของผู้จัดทำแผน จึงไม่เขียนทับ: บันทึกผลไว้ในแผ่นงาน “{sheet}” แทน",
    en: "A sheet of that name is the planner's own, so it is left alone: the results are in “{sheet}” instead.",
  },
  verdict: { th: "ผลการพิจารณา", en: "Verdict" },
  verdictPass: { th: "ผ่านเกณฑ์: ไม่มีรายการที่ต้องแก้ไข", en: "Passes: nothing must be fixed" },
  verdictFail: { th: "ยังไม่ผ่านเกณฑ์: ต้องแก้ไข {n} รายการ", en: "Does not pass yet: {n} to fix" },
  checklist: { th: "รายการตรวจตามเกณฑ์", en: "Checklist" },
  criterionPass: { th: "ผ่าน", en: "passes" },
  criterionNoKpi: { th: "ไม่มีตัวชี้วัดที่กำหนดสำหรับปีงบประมาณนี้", en: "no KPI defined for this fiscal year" },
  filterSeverity: { th: "กรองตามความรุนแรง", en: "Filter by severity" },
  filterSheet: { th: "กรองตามแผ่นงาน", en: "Filter by sheet" },
  allSeverities: { th: "ทุกระดับ", en: "All severities" },
  allSheets: { th: "ทุกแผ่นงาน", en: "All sheets" },
  nextFinding: { th: "รายการถัดไป", en: "Next finding" },
  visitedCount: { th: "ดูแล้ว {n} จาก {total}", en: "{n} of {total} visited" },
  showMore: { th: "แสดงอีก {n} รายการ (เหลือ {left})", en: "Show {n} more ({left} left)" },
  liveUnavailable: {
    th: "Excel รุ่นนี้ไม่แจ้งการแก้ไขให้โปรแกรมเสริม จึงตรวจใหม่อัตโนมัติไม่ได้: กดตรวจสอบแผนเองหลังแก้ไข",
    en: "This Excel does not tell add-ins about edits, so automatic re-checks are off: press Check after editing.",
  },
  liveWebDropdown: {
    th: "บน Excel บนเว็บ การเลือกจากรายการดรอปดาวน์ไม่แจ้งการแก้ไข: โปรแกรมจะตรวจใหม่เมื่อย้ายไปเซลล์อื่น",
    en: "In Excel on the web, a dropdown choice raises no edit event: the pane re-checks when you move to another cell.",
  },
  exportAll: { th: "สร้างทั้ง 5 เอกสาร", en: "Build all five" },
  referenceLabel: { th: "ต้นแบบเอกสาร Word (หัวจดหมายและสไตล์)", en: "Word reference (letterhead and styles)" },
  referenceBuiltIn: {
    th: "ใช้ต้นแบบที่มากับโปรแกรม (templates/reference.docx): หัวจดหมายระบุคณะกรรมการและสำนักงานของแต่ละเอกสาร",
    en: "The built-in reference (templates/reference.docx): the letterhead names each document's committee and office",
  },
  referenceChosen: { th: "ใช้ต้นแบบ {name}", en: "Using the reference {name}" },
  referenceLetterhead: { th: "หัวจดหมาย", en: "Letterhead" },
  referenceChoose: { th: "เลือกไฟล์ต้นแบบ .docx", en: "Choose a reference .docx" },
  referenceReset: { th: "กลับไปใช้ต้นแบบที่มากับโปรแกรม", en: "Use the built-in reference" },
  thaiDigits: { th: "ใช้เลขไทย (๑๒๓)", en: "Thai digits (๑๒๓)" },
  cancel: { th: "ยกเลิก", en: "Cancel" },
  cancelled: { th: "ยกเลิกการสร้างเอกสารแล้ว", en: "Export cancelled" },
  stepCheck: { th: "กำลังตรวจข้อมูลในสมุดงาน", en: "Checking the workbook" },
  stepBuild: { th: "กำลังเรียบเรียง {doc}", en: "Laying out {doc}" },
  stepPack: { th: "กำลังบีบอัดไฟล์ {doc}", en: "Packing {doc}" },
  stepRead: { th: "กำลังอ่านสมุดงาน", en: "Reading the workbook" },
  progressOf: { th: "เอกสาร {done} จาก {total}", en: "Document {done} of {total}" },
  downloaded: {
    th: "ส่งไฟล์ให้ดาวน์โหลดแล้ว: {name} (ดูในโฟลเดอร์ดาวน์โหลด)",
    en: "Handed to your downloads: {name} (see your Downloads folder)",
  },
  macCannotSave: {
    th: "Excel for Mac ไม่อนุญาตให้โปรแกรมเสริมบันทึกไฟล์ลงเครื่อง จึงยังไม่ได้บันทึก {name}: เปิดสมุดงานนี้ใน Excel บนเว็บ (office.com) แล้วสร้างเอกสารจากที่นั่น ผลการตรวจและคะแนนอยู่ในแผ่นงาน ผลการตรวจ และ คะแนน แล้ว",
    en: "Excel for Mac does not let add-ins save files, so {name} was not saved: open this workbook in Excel on the web (office.com) and export there. The findings and score are already in the ผลการตรวจ and คะแนน sheets.",
  },
  lackingDropdowns: {
    th: "Excel รุ่นนี้เพิ่มรายการดรอปดาวน์ไม่ได้ (ต้องใช้ Excel 2019 ขึ้นไป): พิมพ์ค่าตามรายการในคู่มือแทน",
    en: "This Excel cannot add dropdown lists (Excel 2019 or later needed): type the values from the guide instead.",
  },
  lackingNames: {
    th: "Excel รุ่นนี้สร้างชื่อที่กำหนด (defined names) ไม่ได้: แผ่นงานสร้างแล้ว แต่สูตรคะแนนของแม่แบบจะไม่ถูกเปรียบเทียบ",
    en: "This Excel cannot add defined names: the sheets are made, but the template's score formulas will not be compared.",
  },
  scaffoldFailed: { th: "สร้างแม่แบบไม่สำเร็จ", en: "The template could not be created" },
  levelsCumulative: {
    th: "ระดับสะสม: ต้องผ่านทุกขั้นของระดับก่อนหน้าจึงจะได้ระดับถัดไป ระดับที่ไม่ผ่านแสดงเหตุผลที่หยุด",
    en: "Levels are cumulative: a level counts only when every step below it is met; a level not met shows why it stops.",
  },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}

/** 12,345: counts with thousands separators, the same in Thai and English. */
export function count(n: number): string {
  return formatNumber(n);
}

/** Why something failed, in the pane's language: a UserError's own Thai or English, any other error's message. */
export function problemText(lang: Lang, e: unknown): string {
  if (e instanceof UserError) return e[lang];
  return e instanceof Error ? e.message : String(e);
}

/** What became of a saved document, as the export and comparison tabs say it. */
export function saveOutcomeText(lang: Lang, o: SaveOutcome): string {
  const vars = { name: o.name };
  if (o.kind === "saved") return translate(lang, "saved", vars);
  if (o.kind === "downloaded") return translate(lang, "downloaded", vars);
  if (o.kind === "declined") return `${translate(lang, "cancelled")}: ${o.name}`;
  return translate(lang, "macCannotSave", vars);
}

export const LangContext = createContext<Lang>("th");

export function useT() {
  const lang = useContext(LangContext);
  return {
    lang,
    t: (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    pick: (b: Bilingual) => b[lang],
    problem: (e: unknown) => problemText(lang, e),
    saved: (o: SaveOutcome) => saveOutcomeText(lang, o),
  };
}

/** Thai unless Office says the user works in another language. */
export function initialLang(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}
