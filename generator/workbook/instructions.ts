/**
 * The instructions sheet (คำอธิบาย): how to fill the workbook, then one line
 * per sheet and per column: Thai header, English key, type, required,
 * allowed values, and which criterion reads it. Written from the schema, so
 * it can never describe a column the workbook does not have.
 */
import type ExcelJS from "exceljs";
import {
  COLUMN_TYPES,
  CRITERION_NAMES,
  choiceValues,
  type PackChoices,
  INSTRUCTIONS_SHEET,
  SHEETS,
  TABLE_ROWS,
  TEMPLATE_VERSION,
  inWorkbook,
  isNumberedCriterion,
  type ColumnDef,
  type WorkbookFeature,
} from "../../core";
import { styleLabel, styleThaiHeader, BODY_FONT, ROW_HEIGHT } from "./styles";

/** "เกณฑ์ 4.2" for a numbered criterion, the family's name (core/criteria.ts, as the report and the task pane say it) otherwise. */
export function criteriaText(col: ColumnDef): string {
  return col.criteria.map((c) => (isNumberedCriterion(c) ? `เกณฑ์ ${c}` : CRITERION_NAMES[c].th)).join(", ");
}

export function allowedValues(col: ColumnDef, features: readonly WorkbookFeature[] = [], choices: PackChoices = {}): string {
  return col.enumKey ? choiceValues(col.enumKey, features, choices).join(" / ") : "";
}

const GENERAL_NOTES = [
  "แบบฟอร์มแผนพัฒนาจังหวัด/กลุ่มจังหวัด และโครงการประจำปีงบประมาณ สำหรับการกลั่นกรองตามหลักเกณฑ์ ปีงบประมาณ 2552",
  `• แต่ละแผ่นงานแบบตาราง: แถวที่ ${TABLE_ROWS.thaiHeader} หัวคอลัมน์ภาษาไทย แถวที่ ${TABLE_ROWS.keys} ชื่อคอลัมน์ภาษาอังกฤษ (ห้ามลบ ใช้สำหรับตรวจอัตโนมัติ) กรอกข้อมูลตั้งแต่แถวที่ ${TABLE_ROWS.firstData}`,
  "• วันที่: พิมพ์เป็นวันที่จริง (เช่น 15/1/2009) ระบบแสดงเป็น พ.ศ. (15 ม.ค. 2552) · จำนวนเงินเป็นบาท · รหัสหลายรายการคั่นด้วยจุลภาค เช่น N01, N02",
  "• คอลัมน์ที่มีรายการให้เลือก ให้เลือกจากรายการเท่านั้น · เซลล์สีเหลืองในแผ่นงานตัวชี้วัด 3.6 คำนวณด้วยสูตร ห้ามแก้ไข",
  `• รุ่นของแบบฟอร์ม ${TEMPLATE_VERSION} (แผ่นงาน _meta) ตรวจด้วยคำสั่ง phaen check หรือ Add-in ของ Excel`,
];

const HEADERS = ["แผ่นงาน / คอลัมน์", "ชื่อภาษาอังกฤษ (key)", "ชนิดข้อมูล", "จำเป็น", "ค่าที่เลือกได้", "เกณฑ์ที่ใช้ตรวจ", "คำอธิบาย"];
const WIDTHS = [34, 22, 20, 10, 44, 30, 60];

/** The 2565 decree's workbook (any pack feature on) is not screened under the FY2552 criteria. */
const TODAY_TITLE =
  "แบบฟอร์มแผนพัฒนาจังหวัด/กลุ่มจังหวัด 5 ปี (ฉบับทบทวน) และโครงการประจำปีงบประมาณ ตาม พ.ร.ฎ.ว่าด้วยการบริหารงานเชิงพื้นที่แบบบูรณาการ พ.ศ. 2565: " +
  "ทุกโครงการระบุความสอดคล้องกับยุทธศาสตร์ชาติ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ และหมุดหมายของแผนพัฒนาฯ ฉบับที่ 13";

export function writeInstructions(
  wb: ExcelJS.Workbook,
  features: readonly WorkbookFeature[] = [],
  choices: PackChoices = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET, { properties: { tabColor: { argb: "FF70AD47" }, defaultRowHeight: ROW_HEIGHT } });
  WIDTHS.forEach((w, i) => {
    const c = ws.getColumn(i + 1);
    c.width = w;
    c.font = BODY_FONT;
    c.alignment = { wrapText: true, vertical: "top" };
  });
  const notes = features.length ? [TODAY_TITLE, ...GENERAL_NOTES.slice(1)] : GENERAL_NOTES;
  notes.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    if (i === 0) cell.font = { ...BODY_FONT, bold: true, size: 16 };
    ws.mergeCells(i + 1, 1, i + 1, HEADERS.length);
  });
  const headerRow = notes.length + 2;
  HEADERS.forEach((h, i) => styleThaiHeader(Object.assign(ws.getCell(headerRow, i + 1), { value: h })));
  let r = headerRow + 1;
  for (const sheet of SHEETS) {
    if (!inWorkbook(sheet, features)) continue;
    const title = ws.getCell(r, 1);
    title.value = `แผ่นงาน «${sheet.name}»`;
    styleLabel(title);
    ws.getCell(r, 2).value = sheet.nameEn;
    ws.getCell(r, 7).value = sheet.help;
    ws.getRow(r).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
    r++;
    for (const col of sheet.columns) {
      if (!inWorkbook(col, features)) continue;
      ws.getRow(r).values = [
        `   ${col.th}`,
        col.key,
        COLUMN_TYPES[col.type].label,
        col.required ? "จำเป็น" : "",
        allowedValues(col, features, choices),
        criteriaText(col),
        col.help || col.en,
      ];
      r++;
    }
  }
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  return ws;
}
