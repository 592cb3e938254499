import { describe, expect, it } from "vitest";
import type { Finding, KpiResult } from "../../core";
import { UserError } from "../../core/errors";
import { formatFileReport } from "../../generator/cli/report/findings";
import { formatKpiDetail } from "../../generator/cli/report/kpi";
import { batchExitCode, type CheckedFile, type FileOutcome } from "../../generator/cli/report/outcome";
import { checkJson, formatSummary } from "../../generator/cli/report/summary";
import { displayWidth, renderTable } from "../../generator/cli/report/table";

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: "project-dates",
    criterion: "4.2",
    severity: "error",
    sheet: "โครงการ",
    cell: "P7",
    message: "วันเริ่มต้นอยู่นอกปีงบประมาณ",
    messageEn: "start date outside the fiscal year",
    fix: "แก้วันเริ่มต้นให้อยู่ในปีงบประมาณ",
    fixEn: "Move the start date into the fiscal year.",
    ...over,
  };
}

const kpi36 = (over: Partial<KpiResult>): KpiResult => ({
  kpiId: "3.6",
  fiscalYear: 2552,
  title: { th: "ระดับความสำเร็จตามแผนความมั่นคง", en: "security plan success" },
  weight: 3,
  assessed: true,
  level: 4,
  score: 4,
  weighted: 0.12,
  levels: [
    {
      level: 1,
      met: true,
      steps: [{ code: "1.1", level: 1, met: true, reasons: [{ th: "ส่งทันกำหนด", en: "sent on time" }], sheet: "ตัวชี้วัด", cell: "E3" }],
    },
    { level: 5, met: false, steps: [{ code: "5.1", level: 5, met: false, reasons: [{ th: "ยังไม่มีผลการประเมิน", en: "no verdict yet" }] }] },
  ],
  summary: { th: "ผ่านระดับ 4", en: "level 4 reached" },
  ...over,
});

const trat: CheckedFile = {
  file: "trat.xlsx",
  province: "ตราด",
  counts: { error: 2, warning: 1, info: 0 },
  findings: [
    finding({ cell: "P9" }),
    finding({
      sheet: "คณะกรรมการ",
      criterion: "committee",
      ruleId: "committee-sectors",
      cell: "A1",
      severity: "warning",
      message: "ขาดภาคประชาสังคม",
      messageEn: "civil society missing",
    }),
    finding({ cell: "P7" }),
  ],
  kpi: [kpi36({})],
};

describe("check report", () => {
  it("groups findings by sheet (template order) and criterion, each with sheet!cell and its fix", () => {
    const text = formatFileReport("th", trat);
    const lines = text.split("\n");
    const committee = lines.findIndex((l) => l.includes("แผ่นงาน คณะกรรมการ"));
    const projects = lines.findIndex((l) => l.includes("แผ่นงาน โครงการ"));
    expect(committee).toBeGreaterThan(0);
    expect(projects).toBeGreaterThan(committee);
    expect(text).toContain("เกณฑ์ 4.2 ความเหมาะสมและเป็นไปได้");
    // Sorted by cell within the criterion: P7 before P9.
    expect(text.indexOf("โครงการ!P7")).toBeLessThan(text.indexOf("โครงการ!P9"));
    expect(text).toContain("วิธีแก้: แก้วันเริ่มต้นให้อยู่ในปีงบประมาณ");
    expect(text).toContain("ข้อผิดพลาด 2 · คำเตือน 1");
    expect(text).toMatch(/ตัวชี้วัดที่ 3\.6 ระดับความสำเร็จตามแผนความมั่นคง: ผ่านระดับ 4 · คะแนน 4 · น้ำหนัก 3% · คะแนนถ่วงน้ำหนัก 0\.12/);
  });

  it("speaks English with --lang en", () => {
    const text = formatFileReport("en", trat);
    expect(text).toContain("Sheet โครงการ");
    expect(text).toContain("Criterion 4.2 appropriateness and feasibility");
    expect(text).toContain("Fix: Move the start date into the fiscal year.");
    expect(text).not.toMatch(/วิธีแก้/);
  });

  it("says a province not assessed is not assessed, never zero", () => {
    const text = formatFileReport("th", {
      ...trat,
      kpi: [kpi36({ assessed: false, level: null, score: null, weighted: null, levels: [] })],
    });
    expect(text).toContain("ตัวชี้วัดที่ 3.6 ระดับความสำเร็จตามแผนความมั่นคง: ไม่ต้องประเมิน");
    expect(text).not.toMatch(/คะแนน 0/);
  });

  it("gives the reason a province is not assessed in the score table", () => {
    const reason = { th: "จังหวัดขอนแก่นไม่อยู่ในรายชื่อจังหวัดที่ต้องประเมิน", en: "Khon Kaen is not among the assessed provinces" };
    const k = kpi36({ assessed: false, level: null, score: null, weighted: null, levels: [], notAssessedReason: reason });
    expect(formatKpiDetail("th", k)).toContain(reason.th);
    expect(formatKpiDetail("en", k)).toMatch(/KPI 3\.6 security plan success: not assessed\nKhon Kaen is not among/);
  });

  it("shows the milestone table level by level with reasons", () => {
    const text = formatKpiDetail("th", kpi36({}));
    expect(text).toMatch(/1\s+1\.1\s+✓\s+✓\s+ส่งทันกำหนด\s+ตัวชี้วัด!E3/);
    expect(text).toMatch(/5\s+5\.1\s+✗\s+✗\s+ยังไม่มีผลการประเมิน/);
  });

  it("points a step stopped for two reasons at both cells, as its two findings do", () => {
    const reasons = [
      { kind: "no-assessor" as const, th: "ไม่ระบุผู้ประเมิน", en: "The assessor is not named", sheet: "ตัวชี้วัด 3.6", cell: "J11" },
      { kind: "no-verdict" as const, th: "ไม่ระบุวันที่ประเมิน", en: "The date of the verdict is not given", sheet: "ตัวชี้วัด 3.6", cell: "F11" },
    ];
    const step = { code: "5.1", level: 5, met: false, reasons, sheet: "ตัวชี้วัด 3.6", cell: "B11" };
    const text = formatKpiDetail("en", kpi36({ levels: [{ level: 5, met: false, steps: [step] }] }));
    expect(text).toMatch(/5\.1\s+✗\s+✗\s+The assessor is not named; The date of the verdict is not given\s+ตัวชี้วัด 3\.6!J11, ตัวชี้วัด 3\.6!F11/);
  });
});

describe("batch summary, JSON and exit codes", () => {
  const unreadable: FileOutcome = { file: "bomb.xlsx", error: new UserError("อาจเป็น zip bomb", "possible zip bomb", "bomb.xlsx") };
  const clean: CheckedFile = {
    file: "khonkaen.xlsx",
    province: "ขอนแก่น",
    counts: { error: 0, warning: 3, info: 1 },
    findings: [],
    kpi: [kpi36({ assessed: false, level: null, score: null, weighted: null })],
  };

  it("exits with the highest code of any file", () => {
    expect(batchExitCode([clean])).toBe(0);
    expect(batchExitCode([clean, trat])).toBe(1);
    expect(batchExitCode([clean, trat, unreadable])).toBe(2);
  });

  it("summarises province, errors, warnings, KPI level and weighted score per file", () => {
    const lines = formatSummary("th", [trat, clean, unreadable]).split("\n");
    expect(lines[0]).toMatch(/ไฟล์\s+จังหวัด\s+ข้อผิดพลาด\s+คำเตือน\s+ระดับ KPI\s+คะแนนถ่วงน้ำหนัก/);
    expect(lines[2]).toMatch(/trat\.xlsx\s+ตราด\s+2\s+1\s+3\.6: 4\s+0\.12/);
    expect(lines[3]).toMatch(/khonkaen\.xlsx\s+ขอนแก่น\s+0\s+3\s+3\.6: ไม่ต้องประเมิน\s+-/);
    expect(lines[4]).toMatch(/bomb\.xlsx\s+อ่านไม่ได้/);
  });

  it("prints JSON with every finding's rule, criterion, severity, sheet, cell and message, and errors for unreadable files", () => {
    const j = JSON.parse(checkJson("th", [trat, unreadable]));
    expect(j.files[0]).toMatchObject({ file: "trat.xlsx", province: "ตราด", counts: { error: 2, warning: 1, info: 0 } });
    expect(j.files[0].findings[0]).toMatchObject({
      ruleId: "project-dates",
      criterion: "4.2",
      severity: "error",
      sheet: "โครงการ",
      cell: "P9",
      message: "วันเริ่มต้นอยู่นอกปีงบประมาณ",
      fix: "แก้วันเริ่มต้นให้อยู่ในปีงบประมาณ",
    });
    expect(j.files[0].kpi[0]).toMatchObject({ kpiId: "3.6", level: 4, weighted: 0.12 });
    expect(j.files[1]).toEqual({ file: "bomb.xlsx", error: { th: "อาจเป็น zip bomb", en: "possible zip bomb" } });
    expect(JSON.parse(checkJson("en", [trat])).files[0].findings[0].message).toBe("start date outside the fiscal year");
  });
});

describe("tables line up with Thai text", () => {
  it("gives Thai vowel and tone marks no width of their own", () => {
    expect(displayWidth("จังหวัด")).toBe(5);
    expect(displayWidth("ข้อผิดพลาด")).toBe(8);
    const [head, , row] = renderTable(["จังหวัด", "n"], [["น่าน", "1"]]).split("\n");
    expect(displayWidth(row.slice(0, row.lastIndexOf("1")))).toBe(displayWidth(head.slice(0, head.indexOf("n"))));
  });
});
