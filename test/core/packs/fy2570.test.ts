/** The FY2566–2570 pack of the 2565 decree: valid, sourced, and leaving what no source states to the secretariat. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_PACKS, REFERENCE, RULES, choosePack, parsePack, packSettings } from "../../../core";

const FILE = new URL("../../../core/packs/fy2570.json", import.meta.url);
const CTX = { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE };

describe("the FY2570 pack (พ.ร.ฎ. 2565)", () => {
  const pack = parsePack(JSON.parse(readFileSync(FILE, "utf8")), CTX);

  it("is bundled, covers FY2566–2570 and is chosen for those years; FY2552 keeps its own", () => {
    expect(BUNDLED_PACKS.find((p) => p.id === "FY2570")).toEqual(pack);
    expect(pack.fiscalYears).toEqual({ from: 2566, to: 2570 });
    expect(choosePack(BUNDLED_PACKS, 2570)).toMatchObject({ pack: { id: "FY2570" }, covers: true });
    expect(choosePack(BUNDLED_PACKS, 2566)).toMatchObject({ pack: { id: "FY2570" }, covers: true });
    expect(choosePack(BUNDLED_PACKS, 2552)).toMatchObject({ pack: { id: "FY2552" }, covers: true });
  });

  it("names today's committees with ก.น.บ. (NESDC its secretariat) and the regional sub-committee", () => {
    expect(pack.committees.map((c) => [c.level, c.abbr])).toEqual([
      ["national", "ก.น.บ."],
      ["regional", "อ.ก.น.บ.ภาค"],
      ["cluster", "ก.บ.ก."],
      ["province", "ก.บ.จ."],
    ]);
    expect(pack.committees[0].secretariat?.th).toContain("สศช.");
  });

  it("lists today's approval steps in order, ending with the sub-committee, ก.น.บ. and the Cabinet", () => {
    expect(pack.approvalSteps.items.map((s) => s.th)).toEqual([
      "รับฟังความคิดเห็น ม.53/1",
      "ก.บ.จ./ก.บ.ก. เห็นชอบ",
      "คณะอนุกรรมการประจำภาค กลั่นกรอง",
      "ก.น.บ. พิจารณา",
      "ครม. เห็นชอบ",
    ]);
  });

  it("has a 5-year plan 2566–2570 with a yearly review edition and a 20-year goal sheet", () => {
    expect(pack.planPeriod).toMatchObject({ years: 5, goalYears: 20, reviewedYearly: true });
    expect(pack.workbook).toMatchObject({ features: ["alignment", "goal20", "review"], plan: { from: 2566, to: 2570 } });
    expect(pack.workbook?.plan?.edition.replace("{year}", "2570")).toBe("ฉบับทบทวน ประจำปี 2570");
    expect(packSettings(pack).features).toEqual(["alignment", "goal20", "review"]);
  });

  it("cites a source with a date for every fact it states", () => {
    const texts = Object.values(pack.sources);
    for (const t of texts) expect(t.length).toBeGreaterThan(20);
    expect(pack.sources["mgr-2568-12-03-north"]).toMatch(/3 ธ\.ค\. 2568/);
  });

  it("leaves what no source states to the secretariat, marked unsourced and empty", () => {
    const open = pack.openSettings ?? {};
    expect(Object.keys(open).sort()).toEqual(["ceilingFormula", "clusterMembership", "emenscrFields", "formFields", "kpiScoring"]);
    for (const s of Object.values(open)) expect(s).toMatchObject({ unsourced: true, value: null });
    expect(pack.alignment?.subPlans).toMatchObject({ value: [], unsourced: true });
    expect(pack.kpis).toEqual([]);
    for (const s of Object.values(pack.settings)) expect("unsourced" in s && s.unsourced).toBe(true);
  });

  it("turns the alignment rules on and the 2551 decree's step and KPI rules off, each saying why", () => {
    const list = pack.rules.list;
    for (const id of [
      "alignment/strategy-missing",
      "alignment/master-plan-missing",
      "alignment/unknown-code",
      "alignment/sub-plan-mismatch",
    ])
      expect(list[id]?.enabled).toBe(true);
    for (const id of ["process/step-order", "process/missing-step", "kpi/level"]) {
      expect(list[id]?.enabled).toBe(false);
      expect(list[id]?.note).toMatch(/ปิด/);
    }
  });
});
