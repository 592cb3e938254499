import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../core";
import { hasEvidence, nameSimilarity, placeKey } from "../../core/rules/util/text";
import { reasonProblem } from "../../core/rules/util/reasons";
import { quartiles, upperFence } from "../../core/rules/util/stats";

describe("default settings (the thresholds issue 2 names)", () => {
  it("a reason counts from 20 characters and must not be copied", () => {
    expect(DEFAULT_SETTINGS.minReasonLength).toBe(20);
    expect(DEFAULT_SETTINGS.rejectCopiedReasons).toBe(true);
    expect(reasonProblem("ก".repeat(19), DEFAULT_SETTINGS)).toBe("short");
    expect(reasonProblem("ก".repeat(20), DEFAULT_SETTINGS)).toBeUndefined();
    expect(reasonProblem(`  ${"ก".repeat(19)}  `, DEFAULT_SETTINGS)).toBe("short");
    expect(reasonProblem("ก".repeat(25), DEFAULT_SETTINGS, "P01")).toBe("copied");
    expect(reasonProblem("", DEFAULT_SETTINGS)).toBe("missing");
  });

  it("two names are near-identical at a bigram Dice similarity of 0.85", () => {
    expect(DEFAULT_SETTINGS.nearDuplicateSimilarity).toBe(0.85);
    // The word โครงการ, spaces and punctuation do not count.
    expect(nameSimilarity("โครงการ ขุดลอกคลองบางพระ", "ขุดลอกคลอง-บางพระ")).toBe(1);
    expect(nameSimilarity("ขุดลอกคลองบางพระ หมู่ 3", "ขุดลอกคลองบางพระ หมู่ 4")).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity("ขุดลอกคลองบางพระ", "สร้างถนนคอนกรีตบ้านนา")).toBeLessThan(0.85);
  });

  it("an outlier lies above Q3 + 3 × IQR, in mission groups of 5 or more", () => {
    expect(DEFAULT_SETTINGS.outlierIqrFactor).toBe(3);
    expect(DEFAULT_SETTINGS.outlierMinGroupSize).toBe(5);
    // Excel's QUARTILE.INC: 1..5 → Q1 2, Q3 4.
    expect(quartiles([5, 1, 4, 2, 3])).toMatchObject({ q1: 2, median: 3, q3: 4, iqr: 2 });
    expect(upperFence([1, 2, 3, 4, 5], DEFAULT_SETTINGS.outlierIqrFactor)).toBe(10);
  });

  it("BE years from 2500 to 2600 are plausible", () => {
    expect(DEFAULT_SETTINGS.plausibleYears).toEqual({ min: 2500, max: 2600 });
  });

  it("evidence is a number (Arabic or Thai digits), a URL, or a named source", () => {
    const words = DEFAULT_SETTINGS.evidenceWords;
    expect(words).toEqual(expect.arrayContaining(["ที่มา", "แหล่งข้อมูล", "ข้อมูลจาก", "สำนักงาน", "สถิติ", "รายงาน", "กรม", "พ.ศ."]));
    expect(hasEvidence(["ว่างงาน 1,200 คน"], words)).toBe(true);
    expect(hasEvidence(["ว่างงาน ๑,๒๐๐ คน"], words)).toBe(true);
    expect(hasEvidence(["ดู https://nso.go.th"], words)).toBe(true);
    expect(hasEvidence(["ตามรายงานของจังหวัด"], words)).toBe(true);
    expect(hasEvidence(["ว่างงานมาก"], words)).toBe(false);
    expect(hasEvidence([null, "", "ถนนชำรุดมาก"], words)).toBe(false);
    expect(hasEvidence(["ข้อมูลจากกรมชลประทาน"], words)).toBe(true);
    expect(hasEvidence(["ที่มา: สำนักงานเกษตรจังหวัด"], words)).toBe(true);
    expect(hasEvidence(["ผลการสำรวจของกรมพัฒนาที่ดิน"], words)).toBe(true);
  });

  it("a source word counts only where a word starts, and saying data is lacking names no source", () => {
    const words = DEFAULT_SETTINGS.evidenceWords;
    // "กรม" (department) inside เกษตรกร|มี (farmers have …), not a department.
    expect(hasEvidence(["เกษตรกรมีหนี้สินมาก"], words)).toBe(false);
    expect(hasEvidence(["ขาดข้อมูลและการสำรวจ"], words)).toBe(false);
    expect(hasEvidence(["เกษตรกรมีหนี้สินมาก ตามข้อมูลของกรมส่งเสริมการเกษตร"], words)).toBe(true);
  });

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.evidenceWords)).toBe(true);
  });
});

describe("places compared for duplicates", () => {
  it("are the same whether written in full or abbreviated, spacing aside", () => {
    expect(placeKey("ตำบลแสนตุ้ง อำเภอเขาสมิง")).toBe(placeKey("ต.แสนตุ้ง อ.เขาสมิง"));
    expect(placeKey("หมู่ที่ 3 ตำบลบางพระ จังหวัดตราด")).toBe(placeKey("ม.3 ต.บางพระ จ.ตราด"));
    expect(placeKey("หมู่ 3 ต. บางพระ")).toBe(placeKey("ม.3 ต.บางพระ"));
  });

  it("stay different where the place differs, and a village (หมู่บ้าน) is not a หมู่ number", () => {
    expect(placeKey("ต.แสนตุ้ง อ.เขาสมิง")).not.toBe(placeKey("ต.ท่าโสม อ.เขาสมิง"));
    expect(placeKey("หมู่บ้านสวนสน")).not.toBe(placeKey("ม.บ้านสวนสน"));
  });
});
