import { describe, expect, it } from "vitest";
import { REFERENCE, cellOf, parseWorkbook, scoreKpis } from "../../../core";
import { workbookGrids } from "../../helpers/grids";
import { doneThrough, INFO, kpiModel, kpiWorkbook, meetingRows } from "./fixtures";

const score = (spoil: Parameters<typeof kpiModel>[0] = {}) => {
  const results = scoreKpis(kpiModel(spoil), REFERENCE);
  expect(results).toHaveLength(1);
  return results[0];
};
const step = (r: ReturnType<typeof score>, code: string) => r.levels.flatMap((l) => l.steps).find((s) => s.code === code)!;

describe("KPI 3.6 scoring (FY2552)", () => {
  it("with no records scores 0 and says level 1 is not reached", () => {
    const m = parseWorkbook(workbookGrids({ info: INFO }));
    const [r] = scoreKpis(m, REFERENCE);
    expect(r).toMatchObject({ kpiId: "3.6", assessed: true, level: 0, score: 0, weighted: 0 });
    expect(r.summary).toEqual({ th: "ไม่ผ่านระดับ 1", en: "Level 1 not reached" });
    expect(step(r, "1.1").reasons[0]).toMatchObject({ kind: "missing-row", sheet: "ตัวชี้วัด 3.6" });
    expect(step(r, "3.2").reasons.filter((x) => x.kind === "quarter-without-meeting")).toHaveLength(4);
  });

  it.each([0, 1, 2, 3, 4, 5])("reaches exactly level %i when the steps through it are done", (level) => {
    const r = score(doneThrough(level));
    expect(r.level).toBe(level);
    expect(r.score).toBe(level);
    expect(r.weighted).toBeCloseTo((level * 3) / 100, 10);
    expect(r.levels.map((l) => l.met)).toEqual([1, 2, 3, 4, 5].map((l) => l <= level));
    expect(r.summary.th).toBe(level ? `ผ่านระดับ ${level}` : "ไม่ผ่านระดับ 1");
  });

  it("gives 5 and a weighted 0.15 when everything is done", () => {
    const r = score();
    expect(r).toMatchObject({ assessed: true, level: 5, score: 5, weighted: 0.15, weight: 3 });
    expect(r.summary).toEqual({ th: "ผ่านระดับ 5", en: "Level 5 reached" });
    expect(r.working).toBeUndefined();
  });

  it("scores level 4 as 0.12 weighted, as ก.พ.ร. publishes it", () => {
    expect(score(doneThrough(4)).weighted).toBe(0.12);
  });

  it("fails a level whose step is late, and every level above, saying why at the date cell", () => {
    const m = kpiModel({ steps: { "1.3": { doneDate: "20 ม.ค. 52" } } });
    const [r] = scoreKpis(m, REFERENCE);
    expect(r.level).toBe(0);
    expect(r.levels.map((l) => l.met)).toEqual([false, false, false, false, false]);
    const late = step(r, "1.3");
    expect(late.met).toBe(false);
    const row = m.kpi.rows.find((x) => x.step === "1.3")!;
    expect(late.reasons).toEqual([
      {
        kind: "late",
        sheet: "ตัวชี้วัด 3.6",
        cell: cellOf(m.kpi, row, "doneDate"),
        th: "ส่งเมื่อ 20 ม.ค. 2552 หลังกำหนด 15 ม.ค. 2552",
        en: expect.stringMatching(/after the due date 15 Jan 2552/),
      },
    ]);
    // Steps of higher levels are still judged on their own.
    expect(step(r, "2.1").met).toBe(true);
  });

  it("stops at level 1 when the 6-month report is late", () => {
    expect(score({ steps: { "2.1": { doneDate: "8 เม.ย. 52" } } }).level).toBe(1);
  });

  it("counts a step done on its due date as on time", () => {
    const r = score({
      steps: {
        "1.1": { doneDate: "15 ม.ค. 52" },
        "1.3": { doneDate: 39828 },
        "2.1": { doneDate: "07/04/2552" },
        "4.1": { doneDate: "31 ต.ค. 52" },
      },
    });
    expect(r.level).toBe(5);
  });

  it("fails a step done without evidence", () => {
    const m = kpiModel({ steps: { "2.2": { evidence: "  " } } });
    const [r] = scoreKpis(m, REFERENCE);
    expect(r.level).toBe(1);
    const row = m.kpi.rows.find((x) => x.step === "2.2")!;
    expect(step(r, "2.2").reasons).toEqual([expect.objectContaining({ kind: "no-evidence", cell: cellOf(m.kpi, row, "evidence") })]);
  });

  it("fails a step with no date done", () => {
    const r = score({ steps: { "1.1": { doneDate: null } } });
    expect(r.level).toBe(0);
    expect(step(r, "1.1").reasons[0].kind).toBe("no-done-date");
  });

  it("needs 100 % for level 3, reading a percentage-formatted 1 as 100 %", () => {
    const short = score({ steps: { "3.1": { percent: 95 } } });
    expect(short.level).toBe(2);
    expect(step(short, "3.1").reasons[0]).toMatchObject({ kind: "percent-short", th: "ดำเนินการได้ร้อยละ 95 ยังไม่ถึงร้อยละ 100" });
    expect(score({ steps: { "3.1": { percent: 1 } } }).level).toBe(5);
    expect(score({ steps: { "3.1": { percent: "100%" } } }).level).toBe(5);
    expect(score({ steps: { "3.1": { percent: 0.95 } } }).level).toBe(2);
    expect(step(score({ steps: { "3.1": { percent: null } } }), "3.1").reasons[0].kind).toBe("no-percent");
  });

  it("fails level 3 when a quarter has no follow-up meeting, naming the quarter", () => {
    const r = score({ meetings: meetingRows(["15 พ.ย. 51", "20 ก.พ. 52", "14 ส.ค. 52"]) });
    expect(r.level).toBe(2);
    const reasons = step(r, "3.2").reasons;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatchObject({ kind: "quarter-without-meeting", sheet: "การประชุมติดตาม" });
    expect(reasons[0].th).toContain("ไตรมาส 3 (เม.ย.–มิ.ย. 52)");
    expect(reasons[0].en).toContain("Q3 (Apr–Jun 2009)");
  });

  it("counts meetings on quarter boundary dates in their own quarter", () => {
    expect(score({ meetings: meetingRows(["1 ต.ค. 51", "1 ม.ค. 52", "30 มิ.ย. 52", "30 ก.ย. 52"]) }).level).toBe(5);
    // 31 ธ.ค. is the last day of Q1, not Q2; 30 ก.ย. 51 belongs to the year before.
    const r = score({ meetings: meetingRows(["30 ก.ย. 51", "31 ธ.ค. 51", "1 เม.ย. 52", "1 ก.ค. 52"]) });
    expect(r.level).toBe(2);
    expect(step(r, "3.2").reasons.map((x) => x.th)).toEqual([expect.stringContaining("ไตรมาส 2")]);
  });

  it("counts only meetings of KPI 3.6", () => {
    const meetings = meetingRows().map((m, i) => (i === 0 ? { ...m, kpiId: "3.5" } : m));
    expect(score({ meetings }).level).toBe(2);
  });

  it("needs projects flagged as security plan and pilot for step 1.2", () => {
    const noPilot = score({ projects: [{ code: "P01", name: "ก", securityPlan: "ใช่", pilot: "ไม่ใช่" }] });
    expect(noPilot.level).toBe(0);
    expect(step(noPilot, "1.2").reasons.map((x) => x.kind)).toEqual(["no-pilot-project"]);
    expect(step(score({ projects: [] }), "1.2").reasons.map((x) => x.kind)).toEqual(["no-security-project", "no-pilot-project"]);
  });

  it("needs the assessor's passing verdict, name and date for level 5", () => {
    expect(score({ steps: { "5.1": { verdict: "ไม่ผ่าน" } } }).level).toBe(4);
    const r = score({ steps: { "5.1": { verdict: null, assessor: null, doneDate: null } } });
    expect(r.level).toBe(4);
    expect(step(r, "5.1").reasons.map((x) => x.kind)).toEqual(["no-verdict", "no-assessor", "no-done-date"]);
  });

  it("is met by any of several rows for the same step, and explains a failure from the first row", () => {
    const input = kpiWorkbook({ steps: { "1.1": { doneDate: "20 ม.ค. 52" } } });
    const onTime = { kpiId: "3.6", step: "1.1", doneDate: "15 ม.ค. 52", evidence: "ฉบับแก้ไข" };
    expect(scoreKpis(parseWorkbook(workbookGrids(input)), REFERENCE)[0].level).toBe(0);
    const both = scoreKpis(parseWorkbook(workbookGrids({ ...input, kpi: [...input.kpi!, onTime] })), REFERENCE)[0];
    expect(both.level).toBe(5);
    expect(step(both, "1.1").reasons[0]).toMatchObject({ kind: "met", th: "ดำเนินการแล้วเสร็จ 15 ม.ค. 2552 (กำหนด 15 ม.ค. 2552)" });
  });

  it("reads step codes and KPI ids typed as numbers or with words around them", () => {
    const r = score({ steps: { "1.1": { kpiId: 3.6, step: 1.1 }, "1.2": { kpiId: "ตัวชี้วัดที่ ๓.๖" } } });
    expect(r.level).toBe(5);
  });

  it("accepts the province with จังหวัด or in English", () => {
    expect(score({ info: { province: "จังหวัดตราด" } }).assessed).toBe(true);
    expect(score({ info: { province: "Trat" } }).assessed).toBe(true);
    expect(score({ info: { province: "ปัตตานี" } }).assessed).toBe(true);
  });

  it("reports an inland province as not assessed, never 0", () => {
    const r = score({ info: { province: "ขอนแก่น" } });
    expect(r).toMatchObject({ assessed: false, level: null, score: null, weighted: null, levels: [] });
    expect(r.summary).toEqual({ th: "ไม่ต้องประเมิน", en: "Not assessed" });
    expect(r.notAssessedReason?.th).toContain("ขอนแก่น");
  });

  it("reports a cluster workbook as not assessed, even when its head province is assessed", () => {
    const r = score({ info: { level: "กลุ่มจังหวัด", province: "ตราด", cluster: "กลุ่มจังหวัดภาคตะวันออก" } });
    expect(r).toMatchObject({ assessed: false, level: null, score: null, weighted: null });
    expect(r.summary.th).toBe("ไม่ต้องประเมิน");
    expect(r.notAssessedReason?.en).toMatch(/Cluster/);
  });

  it("has no KPI for a fiscal year without definitions", () => {
    expect(scoreKpis(kpiModel({ info: { fiscalYear: 2553 } }), REFERENCE)).toEqual([]);
    expect(scoreKpis(kpiModel({ info: { fiscalYear: null } }), REFERENCE)).toEqual([]);
  });
});
