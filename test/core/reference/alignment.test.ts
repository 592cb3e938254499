import { describe, expect, it } from "vitest";
import { ALIGNMENT, NATIONAL_ALIGNMENT, createAlignmentLookup, label } from "../../../core/reference/alignment";

describe("national alignment reference data", () => {
  it("has 6 strategies, 23 master plans, 13 milestones and 17 SDGs, each citing a known source", () => {
    const ref = NATIONAL_ALIGNMENT;
    expect(ref.strategies).toHaveLength(6);
    expect(ref.masterPlans.map((m) => m.code)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1).padStart(2, "0")));
    expect(ref.milestones).toHaveLength(13);
    expect(ref.sdgs).toHaveLength(17);
    const ids = new Set(ref.sources.map((s) => s.id));
    for (const e of [...ref.strategies, ...ref.masterPlans, ...ref.subPlans, ...ref.milestones, ...ref.sdgs]) {
      expect(e.sources.length, e.code).toBeGreaterThan(0);
      for (const s of e.sources) expect(ids.has(s), `${e.code} cites ${s}`).toBe(true);
    }
    for (const s of ref.sources) expect(s.title && s.date && s.where).toBeTruthy();
  });

  it("names every strategy, master plan, milestone and SDG in Thai", () => {
    const ref = NATIONAL_ALIGNMENT;
    const unnamed = [...ref.strategies, ...ref.masterPlans, ...ref.milestones, ...ref.sdgs].filter((e) => !e.th).map((e) => e.code);
    expect(unnamed).toEqual([]);
  });

  it("lists only sub-plans a source names, each a unique MMSS code under an existing master plan it names", () => {
    const ref = NATIONAL_ALIGNMENT;
    const masters = new Set(ref.masterPlans.map((m) => m.code));
    const codes = ref.subPlans.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of ref.subPlans) {
      expect(s.code, s.code).toMatch(/^\d{4}$/);
      expect(s.code.slice(0, 2)).toBe(s.masterPlan);
      expect(masters.has(s.masterPlan), `${s.code}'s master plan ${s.masterPlan}`).toBe(true);
      expect(s.th, s.code).not.toBe("");
      expect(s.checked, s.code).not.toBe("unsourced");
      expect(s.sources.length, s.code).toBeGreaterThan(0);
    }
    // The sourced ones today (see the sources table): 0406 and 0902 of the 2561–2580 edition.
    expect(codes.sort()).toEqual(["0406", "0902"]);
  });
});

describe("reading typed alignment codes", () => {
  it("reads codes however planners type them", () => {
    expect(ALIGNMENT.strategy("ด้าน 2 การสร้างความสามารถในการแข่งขัน")?.code).toBe("2");
    expect(ALIGNMENT.strategy("๕")?.code).toBe("5");
    expect(ALIGNMENT.masterPlan("3")?.th).toBe("การเกษตร");
    expect(ALIGNMENT.masterPlan("ประเด็นที่ 05 การท่องเที่ยว")?.code).toBe("05");
    expect(ALIGNMENT.masterPlan("การท่องเที่ยว")?.code).toBe("05");
    expect(ALIGNMENT.milestone("หมุดหมายที่ 2")?.code).toBe("2");
    expect(ALIGNMENT.strategy("7")).toBeUndefined();
    expect(ALIGNMENT.masterPlan("24")).toBeUndefined();
  });

  it("names a listed sub-plan, accepts an unlisted MMSS code under a known master plan, refuses others", () => {
    expect(ALIGNMENT.subPlan("0902")?.th).toBe("การพัฒนาพื้นที่ระเบียงเศรษฐกิจภาคใต้");
    expect(ALIGNMENT.subPlan("แผนย่อย 0406")).toMatchObject({
      masterPlan: "04",
      th: "การพัฒนาระบบนิเวศอุตสาหกรรมและบริการแห่งอนาคต",
      checked: "seen",
    });
    expect(ALIGNMENT.subPlan("0301")).toMatchObject({ masterPlan: "03", checked: "unsourced" });
    expect(ALIGNMENT.subPlan("9901")).toBeUndefined();
    expect(ALIGNMENT.subPlan("แผนย่อย")).toBeUndefined();
    const withPack = createAlignmentLookup([{ code: "0301", masterPlan: "03", th: "ชื่อจากฝ่ายเลขานุการ", checked: "unsourced", sources: [] }]);
    expect(withPack.subPlan("0301")?.th).toBe("ชื่อจากฝ่ายเลขานุการ");
  });

  it("splits an SDG list and keeps what it cannot read", () => {
    const r = ALIGNMENT.sdgs("SDG 4, 8; 18");
    expect(r.known.map((s) => s.code)).toEqual(["SDG4", "SDG8"]);
    expect(r.unknown).toEqual(["18"]);
  });

  it("offers dropdown texts with code and name", () => {
    expect(ALIGNMENT.choices("masterPlans")[2]).toBe("03 การเกษตร");
    expect(label(NATIONAL_ALIGNMENT.sdgs[7]!)).toBe("SDG8 อาชีพและการเติบโตทางเศรษฐกิจที่ดี");
    expect(label({ code: "SDG99", th: "", en: "No Thai name", checked: "unsourced", sources: [] })).toBe("SDG99 No Thai name");
  });
});
