/**
 * KPI 3.6 of fiscal year 2552 (2009), as DOMAIN.md §5 states it. Data, not
 * code: the step codes are also used by the workbook template's formulas.
 */
import type { KpiDefinition } from "../types";

/** Thai names: the 30 border provinces of 2009, ปัตตานี, and the 23 coastal areas (Bangkok counted); 44 in all. */
const BORDER_2009 = [
  // Myanmar
  "เชียงใหม่",
  "เชียงราย",
  "แม่ฮ่องสอน",
  "ตาก",
  "กาญจนบุรี",
  "ราชบุรี",
  "เพชรบุรี",
  "ประจวบคีรีขันธ์",
  "ชุมพร",
  "ระนอง",
  // Laos (เชียงราย above)
  "พะเยา",
  "น่าน",
  "อุตรดิตถ์",
  "พิษณุโลก",
  "เลย",
  "หนองคาย",
  "นครพนม",
  "มุกดาหาร",
  "อำนาจเจริญ",
  "อุบลราชธานี",
  // Cambodia (อุบลราชธานี above)
  "ศรีสะเกษ",
  "สุรินทร์",
  "บุรีรัมย์",
  "สระแก้ว",
  "จันทบุรี",
  "ตราด",
  // Malaysia
  "สตูล",
  "สงขลา",
  "ยะลา",
  "นราธิวาส",
];

/** Coastal areas that are not border provinces (ปัตตานี is named by the KPI itself). */
const COASTAL_NOT_BORDER = [
  "ปัตตานี",
  "ระยอง",
  "ชลบุรี",
  "ฉะเชิงเทรา",
  "สมุทรปราการ",
  "กรุงเทพมหานคร",
  "สมุทรสาคร",
  "สมุทรสงคราม",
  "สุราษฎร์ธานี",
  "นครศรีธรรมราช",
  "พังงา",
  "ภูเก็ต",
  "กระบี่",
  "ตรัง",
];

export const KPI_3_6_2552: KpiDefinition = {
  id: "3.6",
  fiscalYear: 2552,
  title: {
    th: "ระดับความสำเร็จของการดำเนินการตามแผนงานด้านความมั่นคงชายแดนและชายฝั่งทะเล",
    en: "Level of success in carrying out the border and coastal security plan",
  },
  weight: 3,
  levels: [
    {
      level: 1,
      th: "จัดทำและจัดส่งแผนงาน/โครงการด้านความมั่นคง ปี 2552 ให้ กอ.รมน.",
      en: "Security plan and projects for 2552 written and sent to ISOC",
    },
    {
      level: 2,
      th: "รายงานผลรอบ 6 เดือน และทบทวนมาตรการตามข้อสังเกตของ กอ.รมน.",
      en: "6-month report sent; measures reviewed on ISOC's observations",
    },
    {
      level: 3,
      th: "ดำเนินการตามแผนแล้วเสร็จร้อยละ 100 และประชุมติดตามทุกไตรมาส",
      en: "Plan 100 % complete, with a follow-up meeting every quarter",
    },
    {
      level: 4,
      th: "ส่งรายงานสรุปประเมินผลแผนงานและโครงการนำร่องให้ กอ.รมน.",
      en: "Summary evaluation report of the plan and pilot projects sent to ISOC",
    },
    {
      level: 5,
      th: "ผลการดำเนินงานครบถ้วน สมบูรณ์ และได้คุณภาพตามที่ สมช. และ กอ.รมน. กำหนด",
      en: "Results complete, thorough and of the quality set by the NSC and ISOC",
    },
  ],
  steps: [
    {
      code: "1.1",
      level: 1,
      kind: "dated",
      due: "2009-01-15",
      th: "จัดทำแผนงานด้านความมั่นคงของจังหวัด โดยนำยุทธศาสตร์ความมั่นคงชายแดน (พ.ศ. 2550–2554) ไปประกอบการจัดทำ",
      en: "Write the province's security plan using the border security strategy (BE 2550–2554)",
    },
    {
      code: "1.2",
      level: 1,
      kind: "dated",
      due: "2009-01-15",
      requiresFlaggedProjects: true,
      th: "กำหนดแผนงาน/โครงการด้านความมั่นคง ปี 2552 โดยระบุแผนงาน/โครงการนำร่องที่บูรณาการร่วมกัน",
      en: "Define the 2552 security plans/projects, naming the integrated pilot projects",
    },
    {
      code: "1.3",
      level: 1,
      kind: "dated",
      due: "2009-01-15",
      th: "จัดส่งแผนงาน/โครงการด้านความมั่นคง ปี 2552 ให้ กอ.รมน. ภายใน 15 ม.ค. 52",
      en: "Send the 2552 security plans/projects to ISOC (กอ.รมน.) by 15 Jan 2009",
    },
    {
      code: "2.1",
      level: 2,
      kind: "dated",
      due: "2009-04-07",
      th: "จัดส่งรายงานผลการดำเนินงานตามแผนงานด้านความมั่นคง ปี 2552 รอบ 6 เดือน ให้ กอ.รมน. ภายใน 7 เม.ย. 52",
      en: "Send the 6-month progress report of the 2552 security plan to ISOC by 7 Apr 2009",
    },
    {
      code: "2.2",
      level: 2,
      kind: "dated",
      th: "นำข้อสังเกตของ กอ.รมน. มาประกอบการทบทวนและปรับปรุงมาตรการต่าง ๆ",
      en: "Use ISOC's observations to review and improve the measures",
    },
    {
      code: "3.1",
      level: 3,
      kind: "percent",
      due: "2009-09-30",
      targetPercent: 100,
      th: "ดำเนินการตามแผนงานด้านความมั่นคง ปี 2552 แล้วเสร็จร้อยละ 100",
      en: "Complete 100 % of the 2552 security plan",
    },
    {
      code: "3.2",
      level: 3,
      kind: "quarterlyMeetings",
      perQuarter: 1,
      th: "คณะทำงานจัดทำแผนงานด้านความมั่นคงประชุมติดตามการดำเนินงาน อย่างน้อยไตรมาสละ 1 ครั้ง",
      en: "The working group meets to follow up at least once a quarter",
    },
    {
      code: "4.1",
      level: 4,
      kind: "dated",
      // Falls in FY2553 on purpose; no fiscal-year date rule applies to KPI steps.
      due: "2009-10-31",
      th: "ส่งรายงานสรุปประเมินผลการดำเนินงานตามแผนงานด้านความมั่นคงและโครงการนำร่องให้ กอ.รมน. ภายใน 31 ต.ค. 52",
      en: "Send the summary evaluation report of the security plan and the pilot projects to ISOC by 31 Oct 2009",
    },
    {
      code: "5.1",
      level: 5,
      kind: "verdict",
      th: "ผลการดำเนินงานครบถ้วน สมบูรณ์ และได้คุณภาพตามที่ สมช. และ กอ.รมน. กำหนด (ผลการประเมินของผู้ประเมิน)",
      en: "Results complete, thorough and of the quality set by the NSC and ISOC (the assessor's verdict)",
    },
  ],
  assessed: [...BORDER_2009, ...COASTAL_NOT_BORDER],
  assessedSource:
    "ตัวชี้วัดที่ 3.6 ปีงบประมาณ พ.ศ. 2552 (สไลด์ 5–6): จังหวัดชายแดน 30 จังหวัด และจังหวัดปัตตานี รวมทั้งจังหวัดชายฝั่งทะเล 23 จังหวัด " +
    "(lists as gathered in DOMAIN.md §8; the coastal count includes กรุงเทพมหานคร)",
  partialCredit: "none",
  floor: 0,
};
