import { describe, expect, it } from "vitest";
import {
  arabicToThaiDigits,
  bahtWords,
  beYearFrom,
  fiscalQuarterOf,
  fiscalYearBounds,
  fiscalYearOf,
  formatBaht,
  formatNumber,
  SEVERITY_ADVICE,
  SEVERITY_ORDER,
  severityName,
  formatThaiDate,
  isoFromSerial,
  parseThaiDate,
  serialFromIso,
  thaiToArabicDigits,
} from "../../core";

describe("reading dates as planners type them", () => {
  it.each([
    ["15 ม.ค. 52", "2009-01-15"],
    ["15 ม.ค.52", "2009-01-15"],
    ["15 ม.ค 52", "2009-01-15"],
    ["15/01/2552", "2009-01-15"],
    ["15/1/52", "2009-01-15"],
    ["15-01-2552", "2009-01-15"],
    ["15.01.2552", "2009-01-15"],
    ["15 มกราคม 2552", "2009-01-15"],
    ["15 มกราคม พ.ศ. 2552", "2009-01-15"],
    ["15 ม.ค. พ.ศ. 2552", "2009-01-15"],
    ["วันที่ 15 ม.ค. 2552", "2009-01-15"],
    ["๑๕ ม.ค. ๕๒", "2009-01-15"],
    ["๑๕/๐๑/๒๕๕๒", "2009-01-15"],
    ["1 ต.ค. 51", "2008-10-01"],
    ["31 ธ.ค. 51", "2008-12-31"],
    ["7 เม.ย. 52", "2009-04-07"],
    ["30 ก.ย. 2552", "2009-09-30"],
    ["2009-01-15", "2009-01-15"],
    ["2552-01-15", "2009-01-15"],
    ["15/01/2009", "2009-01-15"],
  ])("%s → %s", (typed, iso) => {
    expect(parseThaiDate(typed)).toBe(iso);
  });

  it("reads every Thai month abbreviation", () => {
    const abbrs = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
    abbrs.forEach((m, i) => expect(parseThaiDate(`1 ${m} 2552`)).toBe(`2009-${String(i + 1).padStart(2, "0")}-01`));
  });

  it("refuses dates that do not exist or are not dates", () => {
    expect(parseThaiDate("29 ก.พ. 2552")).toBeUndefined(); // 2009 is not a leap year
    expect(parseThaiDate("29 ก.พ. 2551")).toBe("2008-02-29");
    expect(parseThaiDate("31/04/2552")).toBeUndefined();
    expect(parseThaiDate("15 มกรา 2552")).toBeUndefined();
    expect(parseThaiDate("เร็ว ๆ นี้")).toBeUndefined();
    expect(parseThaiDate("")).toBeUndefined();
  });

  it("reads two- and four-digit years as BE unless clearly CE", () => {
    expect(beYearFrom(52)).toBe(2552);
    expect(beYearFrom(2552)).toBe(2552);
    expect(beYearFrom(2009)).toBe(2552);
  });
});

describe("Excel serials", () => {
  it("converts serials both ways", () => {
    expect(isoFromSerial(39828)).toBe("2009-01-15");
    expect(serialFromIso("2009-01-15")).toBe(39828);
    expect(isoFromSerial(39828.75)).toBe("2009-01-15"); // a time of day does not move the date
    expect(isoFromSerial(39722)).toBe("2008-10-01");
  });

  it("matches Excel in 1900, around its phantom 29 Feb", () => {
    expect(isoFromSerial(1)).toBe("1900-01-01");
    expect(isoFromSerial(59)).toBe("1900-02-28");
    expect(isoFromSerial(60)).toBeUndefined();
    expect(isoFromSerial(61)).toBe("1900-03-01");
    expect(serialFromIso("1900-01-01")).toBe(1);
    expect(serialFromIso("1900-03-01")).toBe(61);
  });

  it("round-trips any date", () => {
    for (let s = 1; s < 80_000; s += 997) if (s !== 60) expect(serialFromIso(isoFromSerial(s)!)).toBe(s);
  });

  it("refuses serials out of Excel's range", () => {
    expect(isoFromSerial(0)).toBeUndefined();
    expect(isoFromSerial(-5)).toBeUndefined();
    expect(isoFromSerial(3_000_000)).toBeUndefined();
    expect(isoFromSerial(Number.NaN)).toBeUndefined();
  });
});

describe("showing dates in the Buddhist Era through Intl", () => {
  it("prints short and long Thai dates with BE years", () => {
    expect(formatThaiDate("2009-01-15")).toBe("15 ม.ค. 2552");
    expect(formatThaiDate("2009-01-15", { style: "long" })).toBe("15 มกราคม 2552");
    expect(formatThaiDate("2008-10-01")).toBe("1 ต.ค. 2551");
    // Text that is not a date prints as typed instead of failing a report.
    expect(formatThaiDate("ไม่ทราบ")).toBe("ไม่ทราบ");
  });

  it("prints Thai digits on request", () => {
    expect(formatThaiDate("2009-01-15", { thaiDigits: true })).toBe("๑๕ ม.ค. ๒๕๕๒");
  });

  it("keeps the BE year in English", () => {
    expect(formatThaiDate("2009-01-15", { lang: "en" })).toMatch(/^15 Jan 2552/);
  });

  it("prints nothing for no date", () => {
    expect(formatThaiDate(null)).toBe("");
    expect(formatThaiDate(undefined)).toBe("");
  });
});

describe("fiscal years and quarters", () => {
  it("names the fiscal year by the year it ends in (1 Oct – 30 Sep)", () => {
    expect(fiscalYearOf("2008-09-30")).toBe(2551);
    expect(fiscalYearOf("2008-10-01")).toBe(2552);
    expect(fiscalYearOf("2009-09-30")).toBe(2552);
    expect(fiscalYearOf("2009-10-01")).toBe(2553);
    expect(fiscalYearBounds(2552)).toEqual({ start: "2008-10-01", end: "2009-09-30" });
  });

  it("puts ต.ค.–ธ.ค. in Q1 and ก.ค.–ก.ย. in Q4, boundaries included", () => {
    expect(fiscalQuarterOf("2008-10-01")).toBe(1);
    expect(fiscalQuarterOf("2008-12-31")).toBe(1);
    expect(fiscalQuarterOf("2009-01-01")).toBe(2);
    expect(fiscalQuarterOf("2009-03-31")).toBe(2);
    expect(fiscalQuarterOf("2009-04-01")).toBe(3);
    expect(fiscalQuarterOf("2009-06-30")).toBe(3);
    expect(fiscalQuarterOf("2009-07-01")).toBe(4);
    expect(fiscalQuarterOf("2009-09-30")).toBe(4);
  });
});

describe("digits, amounts and baht words", () => {
  it("converts Thai digits both ways", () => {
    expect(thaiToArabicDigits("๒๕๕๒")).toBe("2552");
    expect(arabicToThaiDigits("1,250,000")).toBe("๑,๒๕๐,๐๐๐");
    expect(thaiToArabicDigits("ปี ๕๒ ข้อ 3")).toBe("ปี 52 ข้อ 3");
  });

  it("formats baht with thousands separators and satang only when there are some", () => {
    expect(formatBaht(1_250_000)).toBe("1,250,000");
    expect(formatBaht(1_234_567.5)).toBe("1,234,567.50");
    expect(formatBaht(1_250_000, { thaiDigits: true })).toBe("๑,๒๕๐,๐๐๐");
    expect(formatBaht(null)).toBe("");
    expect(formatNumber(0.12)).toBe("0.12");
    expect(formatNumber(0.085714, { decimals: 4 })).toBe("0.0857");
    expect(formatNumber(1234.5, { thaiDigits: true })).toBe("๑,๒๓๔.๕");
    expect(formatNumber(Number.NaN)).toBe("");
  });

  it("names severities the same way everywhere, most severe first", () => {
    expect(SEVERITY_ORDER).toEqual(["error", "warning", "info"]);
    expect(SEVERITY_ORDER.map((s) => severityName(s))).toEqual(["ข้อผิดพลาด", "คำเตือน", "ข้อสังเกต"]);
    expect(severityName("warning", "en")).toBe("warning");
    expect(SEVERITY_ADVICE.error).toEqual({ th: "ต้องแก้ไข", en: "Must fix" });
  });

  it("writes totals in words", () => {
    expect(bahtWords(1_000_000)).toBe("หนึ่งล้านบาทถ้วน");
    expect(bahtWords(21)).toBe("ยี่สิบเอ็ดบาทถ้วน");
    expect(bahtWords(1_234.5)).toBe("หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์");
    expect(bahtWords(2_500_000)).toBe("สองล้านห้าแสนบาทถ้วน");
  });
});
