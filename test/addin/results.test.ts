import { describe, expect, it } from "vitest";
import { checkGrids, type KpiResult } from "../../core";
import { compareWithFormula, findingsSheet, kpi36, scoreSheet } from "../../addin/logic/results";
import { planWorkbook } from "./fixtures";

function kpi(level: number | null, weighted: number | null, assessed = true): KpiResult {
  return {
    kpiId: "kpi-3.6",
    fiscalYear: 2552,
    title: { th: "ตัวชี้วัดที่ 3.6", en: "KPI 3.6" },
    weight: 3,
    assessed,
    level,
    score: level,
    weighted,
    summary: { th: `ผ่านระดับ ${level}`, en: `Level ${level}` },
    levels: [
      { level: 1, met: true, steps: [{ code: "1.1", level: 1, met: true, reasons: [{ th: "ส่งตรงเวลา", en: "on time" }] }] },
      {
        level: 2,
        met: false,
        steps: [{ code: "2.1", level: 2, met: false, reasons: [{ th: "ส่งเมื่อ 20 เม.ย. 2552 หลังกำหนด 7 เม.ย. 2552", en: "sent late" }] }],
      },
    ],
  };
}

describe("the template's formula cells against the computed score", () => {
  it("agrees silently when the values match", () => {
    expect(compareWithFormula(kpi(1, 0.03), { level: 1, weighted: 0.03 })).toEqual([]);
    expect(compareWithFormula(kpi(1, 0.03), { level: undefined, weighted: undefined })).toEqual([]);
  });

  it("explains a formula level that counts a late step", () => {
    const [d] = compareWithFormula(kpi(1, 0.03), { level: 2, weighted: undefined });
    expect(d.field).toBe("level");
    expect(d.why.th).toContain("ระดับ 2 ยังไม่ครบ");
    expect(d.why.th).toContain("หลังกำหนด 7 เม.ย. 2552");
  });

  it("names a broken formula cell and a wrong weighting", () => {
    const diffs = compareWithFormula(kpi(1, 0.03), { level: "#REF!", weighted: 3 });
    expect(diffs.map((d) => d.field)).toEqual(["level", "weighted"]);
    expect(diffs[0].why.th).toContain("#REF!");
    expect(diffs[1].why.th).toContain("คะแนน × ร้อยละ 3 = 0.03");
  });

  it("names the real cause first: a formula typed over, a changed 'assessed' flag, a date typed as text", () => {
    const k = kpi(1, 0.03);
    const finding = (ruleId: string, sheet: string, cell: string, message: string) =>
      ({ ruleId, criterion: "kpi", severity: "warning", sheet, cell, message, messageEn: message, fix: "", fixEn: "" }) as const;
    const [typed] = compareWithFormula(k, { level: 3, weighted: undefined, typedOver: ["level"] });
    expect(typed.why.th).toMatch(/^เซลล์ ตัวชี้วัด 3\.6!\S+ ถูกพิมพ์ทับสูตรของแม่แบบด้วยค่า "3"/);
    const flag = finding("kpi/assessed-flag", "ข้อมูลทั่วไป", "B12", "ระบุว่าต้องประเมินตัวชี้วัดที่ 3.6 แต่ตามรายชื่อของตัวชี้วัดไม่ต้องประเมิน");
    const [flagged] = compareWithFormula(kpi(null, null, false), { level: 2, weighted: undefined }, [flag]);
    expect(flagged.why.th).toContain("ช่องต้องประเมินตัวชี้วัดที่ ข้อมูลทั่วไป!B12 ถูกเปลี่ยน");
    const text = [
      finding("kpi/formula-readable", "ตัวชี้วัด 3.6", "E5", 'วันที่ "15 ม.ค. 52"'),
      finding("kpi/formula-readable", "ตัวชี้วัด 3.6", "E7", 'วันที่ "ต้นปี"'),
    ];
    const [low] = compareWithFormula(k, { level: 0, weighted: undefined }, text);
    expect(low.why.th).toContain("อ่านค่าที่พิมพ์เป็นข้อความไม่ได้ (2 เซลล์: ตัวชี้วัด 3.6!E5, ตัวชี้วัด 3.6!E7)");
    // A formula giving more than core is not explained by text it cannot read: the unmet step is the reason.
    const [high] = compareWithFormula(k, { level: 2, weighted: undefined }, text);
    expect(high.why.th).toContain("ระดับ 2 ยังไม่ครบ");
  });

  it("flags a formula score for a province that is not assessed", () => {
    const [d] = compareWithFormula(kpi(null, null, false), { level: 3, weighted: undefined });
    expect(d.why.th).toContain("ไม่ต้องประเมิน");
  });
});

describe("the add-in's sheets", () => {
  it("lists every finding with its cell, in Thai, under a Thai and an English header row", () => {
    const result = checkGrids(planWorkbook(12));
    const sheet = findingsSheet(result.findings);
    expect(sheet.rows[0][0]).toBe("ลำดับ");
    expect(sheet.rows[1]).toContain("cell");
    expect(sheet.rows).toHaveLength(2 + result.findings.length);
    // A planner's row: severity and criterion in Thai words, then where and what to fix.
    const row = findingsSheet([
      {
        ruleId: "4.4/beneficiaries",
        criterion: "4.4",
        severity: "error",
        sheet: "โครงการ",
        cell: "W5",
        message: "โครงการ P01 ไม่ได้ระบุจำนวนผู้ได้รับประโยชน์",
        messageEn: "Project P01 gives no beneficiaries",
        fix: "ระบุจำนวนผู้ได้รับประโยชน์",
        fixEn: "State the beneficiaries",
        project: "P01",
      },
    ]).rows[2];
    expect(row).toEqual([
      1,
      "ต้องแก้ไข",
      "4.4 ความคุ้มค่า",
      "โครงการ",
      "W5",
      "โครงการ P01 ไม่ได้ระบุจำนวนผู้ได้รับประโยชน์",
      "ระบุจำนวนผู้ได้รับประโยชน์",
      "P01",
      "4.4/beneficiaries",
    ]);
  });

  it("says there is nothing to fix when there are no findings", () => {
    expect(findingsSheet([]).rows[2]).toContain("ไม่พบข้อบกพร่องตามเกณฑ์ที่ตรวจ");
  });

  it("writes the level, score, weighted score, each level's reasons and the differences", () => {
    const k = kpi(1, 0.03);
    const rows = scoreSheet([k], compareWithFormula(k, { level: 2, weighted: undefined })).rows;
    expect(rows).toContainEqual(["ระดับที่ผ่าน", 1]);
    expect(rows).toContainEqual(["คะแนนถ่วงน้ำหนัก", 0.03]);
    expect(rows).toContainEqual([2, "ไม่ผ่าน", "2.1: ส่งเมื่อ 20 เม.ย. 2552 หลังกำหนด 7 เม.ย. 2552"]);
    expect(rows.find((r) => r[0] === "ระดับ" && r[1] === 2)).toBeTruthy();
  });

  it("finds KPI 3.6 among the check's results, whatever its place", () => {
    const result = checkGrids(planWorkbook(2));
    const other = { ...kpi(2, 0.06), kpiId: "kpi-3.5" };
    const wanted = kpi(1, 0.03);
    expect(kpi36({ ...result, kpi: [other, wanted] })).toBe(wanted);
    expect(kpi36({ ...result, kpi: [] })).toBeUndefined();
  });
});
