import { describe, expect, it } from "vitest";
import type { Finding } from "../../core";
import { criterionMet, indexFindings } from "../../generator/documents/criteria";
import { findDuplicates } from "../../generator/documents/duplicates";
import { makeFormatter } from "../../generator/documents/format";
import { fixtureResult } from "./documents-fixture";

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: "t",
    criterion: "4.1",
    severity: "error",
    sheet: "โครงการ",
    cell: "A1",
    message: "m",
    messageEn: "m",
    fix: "f",
    fixEn: "f",
    ...over,
  };
}

describe("which project a finding concerns", () => {
  const base = fixtureResult();
  const [p1, p2] = base.model.projects.rows;

  it("by the project code the rule gives, else by the projects sheet row, else the plan", () => {
    const r = {
      ...base,
      findings: [
        finding({ project: "P002", cell: "A1" }),
        finding({ cell: `H${p1.$row}:J${p1.$row}`, criterion: "4.2" }),
        finding({ sheet: "SWOT", cell: `A${p1.$row}`, criterion: "3.1" }),
        finding({ criterion: "committee", sheet: "คณะกรรมการ" }),
      ],
    };
    const index = indexFindings(r);
    expect(index.byProject.get(p2)?.map((f) => f.criterion)).toEqual(["4.1"]);
    expect(index.byProject.get(p1)?.map((f) => f.criterion)).toEqual(["4.2"]);
    expect(index.plan.map((f) => f.criterion)).toEqual(["3.1"]);
    expect(index.other.map((f) => f.criterion)).toEqual(["committee"]);
  });

  it("a criterion is met unless an error or warning of it is present (info does not count)", () => {
    expect(criterionMet([finding({ severity: "info" })], "4.1")).toBe(true);
    expect(criterionMet([finding({ severity: "warning" })], "4.1")).toBe(false);
    expect(criterionMet([finding({ criterion: "4.2" })], "4.1")).toBe(true);
  });
});

describe("likely duplicates across provinces", () => {
  it("pairs near-identical names of different provinces, not of the same province, not unrelated names", () => {
    const { pairs, truncated } = findDuplicates([
      {
        province: "ตราด",
        projects: [
          { code: "A1", name: "โครงการพัฒนาตลาดผลไม้ชายแดน" },
          { code: "A2", name: "โครงการพัฒนาตลาดผลไม้ชายแดน" },
        ],
      },
      {
        province: "จันทบุรี",
        projects: [
          { code: "B1", name: "พัฒนาตลาดผลไม้ ชายแดน" },
          { code: "B2", name: "โครงการอบรมอาสาสมัครสาธารณสุข" },
        ],
      },
    ]);
    expect(truncated).toBe(false);
    expect(pairs.map((p) => [p.a.code, p.b.code].sort().join("-")).sort()).toEqual(["A1-B1", "A2-B1"]);
    expect(pairs.every((p) => p.similarity >= 0.85)).toBe(true);
  });

  it("stops at the limit and says there are more", () => {
    const groups = Array.from({ length: 5 }, (_, g) => ({
      province: `จ${g}`,
      projects: [{ code: `${g}`, name: "โครงการพัฒนาแหล่งน้ำชุมชน" }],
    }));
    const all = findDuplicates(groups);
    expect(all.pairs).toHaveLength(10);
    const capped = findDuplicates(groups, 0.85, 3);
    expect(capped.pairs).toHaveLength(3);
    expect(capped.truncated).toBe(true);
  });
});

describe("numbers and dates as printed", () => {
  it("baht with separators and two decimals when not whole; Buddhist Era dates; Thai digits on request", () => {
    const f = makeFormatter();
    expect(f.baht(1234567)).toBe("1,234,567");
    expect(f.baht(1234567.5)).toBe("1,234,567.50");
    expect(f.baht(null)).toBe("");
    expect(f.date("2009-01-15")).toBe("15 ม.ค. 2552");
    expect(f.period("2008-10-01", "2009-09-30")).toBe("1 ต.ค. 2551 – 30 ก.ย. 2552");
    const th = makeFormatter({ thaiDigits: true });
    expect(th.baht(1500)).toBe("๑,๕๐๐");
    expect(th.date("2009-01-15")).toBe("๑๕ ม.ค. ๒๕๕๒");
    expect(th.bahtWords(1500)).toBe("หนึ่งพันห้าร้อยบาทถ้วน");
  });
});

describe("codes, amounts and spaces as written to Word", () => {
  it("a code or an amount is one figure run that no line breaks: its dashes held by a word joiner", async () => {
    const { runPieces } = await import("../../generator/documents/runs");
    expect(runPieces("TR52-099")).toEqual([{ text: "TR52-\u2060099", figure: true }]);
    expect(runPieces("65,400,000")).toEqual([{ text: "65,400,000", figure: true }]);
    expect(runPieces("2551–2554")).toEqual([{ text: "2551–\u20602554", figure: true }]);
    // A word with Thai letters is not one figure: it goes through the word-by-word split.
    expect(runPieces("ร้อยละ 96").map((p) => p.figure)).toEqual([false, true]);
  });

  it("a run keeps the spaces at its ends (xml:space) and a run without them is written plain", async () => {
    const { partsXml } = await import("../../generator/io/xml");
    const { para } = await import("../../generator/documents/blocks");
    const xml = partsXml([para("งบประมาณ 1,500,000 บาท")]);
    expect(xml).toContain('<w:t xml:space="preserve">งบประมาณ </w:t>');
    expect(xml).toContain('<w:t xml:space="preserve"> บาท</w:t>');
    expect(xml).toMatch(/<w:t>1,500,000<\/w:t>/);
    // Read back as Word does (edge spaces only where preserved), the sentence is whole.
    const text = [...xml.matchAll(/<w:t( xml:space="preserve")?>([^<]*)<\/w:t>/g)].map((m) => (m[1] ? m[2] : m[2].trim())).join("");
    expect(text).toBe("งบประมาณ 1,500,000 บาท");
  });
});
