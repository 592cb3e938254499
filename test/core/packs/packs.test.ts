import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUNDLED_PACKS,
  DEFAULT_SETTINGS,
  ENUMS,
  enumOptions,
  REFERENCE,
  STARTER_ROWS,
  RULES,
  choosePack,
  kpisFor,
  packSettings,
  parsePack,
  PackProblem,
  type Pack,
} from "../../../core";
import { packJsonSchema } from "../../../core/packs/json-schema";

/** A pack file as parsed JSON: the tests break it in ways no pack type allows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PackJson = Record<string, any>;

const CTX = { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE };
const FILE = new URL("../../../core/packs/fy2552.json", import.meta.url);
const raw = () => JSON.parse(readFileSync(FILE, "utf8")) as PackJson;

/** The path and English problem of a broken copy of FY2552. */
function problemOf(spoil: (p: PackJson) => void): { path: string; en: string } {
  const data = raw();
  spoil(data);
  try {
    parsePack(data, CTX);
  } catch (e) {
    if (e instanceof PackProblem) return { path: e.path, en: e.en };
    throw e;
  }
  throw new Error("the broken pack was accepted");
}

describe("the FY2552 pack", () => {
  const pack = parsePack(raw(), CTX);

  it("is the bundled pack, valid against the schema, the rule catalogue and the reference data", () => {
    expect(BUNDLED_PACKS.map((p) => p.id)).toEqual(["FY2552", "FY2570"]);
    expect(BUNDLED_PACKS[0]).toEqual(pack);
    expect(pack.fiscalYears).toEqual({ from: 2552, to: 2552 });
    expect(pack.regime.id).toBe("decree-2551");
  });

  it("states KPI 3.6 as DOMAIN.md §5 does: weight 3 %, five cumulative levels, the due dates, no part credit, floor 0", () => {
    const [kpi] = pack.kpis;
    expect(kpi).toMatchObject({ id: "3.6", fiscalYear: 2552, weight: 3, scoring: { floor: 0, partialCredit: "none" } });
    const steps = kpi.levels.flatMap((l) => l.steps.map((s) => [l.level, s.code, s.kind, s.due ?? null]));
    expect(steps).toEqual([
      [1, "1.1", "dated", "2009-01-15"],
      [1, "1.2", "dated", "2009-01-15"],
      [1, "1.3", "dated", "2009-01-15"],
      [2, "2.1", "dated", "2009-04-07"],
      [2, "2.2", "dated", null],
      [3, "3.1", "percent", "2009-09-30"],
      [3, "3.2", "quarterlyMeetings", null],
      [4, "4.1", "dated", "2009-10-31"],
      [5, "5.1", "verdict", null],
    ]);
  });

  it("assesses the 30 border provinces of 2009, ปัตตานี and the coastal areas (44), each with its ISO code", () => {
    const names = pack.kpis[0].assessed.provinces;
    expect(names).toHaveLength(44);
    expect(names.map((p) => p.th)).toEqual(expect.arrayContaining(["ตราด", "ปัตตานี", "กรุงเทพมหานคร", "ภูเก็ต"]));
    expect(names.map((p) => p.th)).not.toContain("บึงกาฬ");
    for (const p of names) expect(REFERENCE.province(p.th)?.code).toBe(p.code);
  });

  it("has the four committees of slide 1 with their chairs, the approval steps in order, the s.53/1 hearing groups", () => {
    expect(pack.committees.map((c) => [c.level, c.abbr, c.chair.th])).toEqual([
      ["national", "ก.น.จ.", "นายกรัฐมนตรี"],
      ["cluster", "ก.บ.ก.", "หัวหน้ากลุ่มจังหวัด"],
      ["province", "ก.บ.จ.", "ผู้ว่าราชการจังหวัด"],
      ["district", "ก.บ.อ./อ.บ.อ.", "นายอำเภอ"],
    ]);
    expect(pack.approvalSteps.items.map((s) => s.th)[0]).toBe("รับฟังความคิดเห็น ม.18");
    expect(pack.hearingGroups.items).toHaveLength(4);
    expect(pack.planPeriod.years).toBe(4);
  });

  it("names a source for every fact, and every threshold without one is marked unsourced with a note", () => {
    const text = readFileSync(FILE, "utf8");
    const cited = [...text.matchAll(/"source": "([^"]+)"/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(15);
    for (const key of cited) expect(pack.sources[key]).toBeTruthy();
    for (const s of Object.values(pack.settings)) expect("source" in s || ("unsourced" in s && s.note.length > 10)).toBe(true);
  });

  it("gives today's thresholds, so checks under it are the same as before packs", () => {
    expect(packSettings(pack)).toEqual({ ...DEFAULT_SETTINGS, evidenceWords: [...DEFAULT_SETTINGS.evidenceWords] });
  });

  it("lists every rule of the catalogue, all on but the 2565 decree's alignment rules", () => {
    expect(Object.keys(pack.rules.list).sort()).toEqual(RULES.map((r) => r.id).sort());
    const off = Object.entries(pack.rules.list).filter(([, r]) => !r.enabled || r.severity);
    expect(off.map(([id]) => id).every((id) => id.startsWith("alignment/"))).toBe(true);
    expect(off).toHaveLength(5);
  });
});

describe("every shipped pack", () => {
  it("says why each rule is on or off: a source in its sources, or unsourced with a note", () => {
    for (const p of BUNDLED_PACKS) {
      const bare = Object.entries(p.rules.list).filter(
        ([, r]) => !(r.source ? p.sources[r.source] : r.unsourced && (r.note ?? "").length > 10),
      );
      expect(bare.map(([id]) => `${p.id} ${id}`)).toEqual([]);
    }
  });
});

describe("a broken pack names the path inside it and the problem", () => {
  it("a due date that is no date", () => {
    expect(problemOf((p) => (p.kpis[0].levels[3].steps[0].due = "2009-13-45"))).toEqual({
      path: "kpis[0].levels[3].steps[0].due",
      en: 'not an ISO CE date (YYYY-MM-DD) ("2009-13-45")',
    });
    // 31 Feb is no date; a Buddhist Era year where CE is meant is a date, but far from the fiscal year.
    expect(problemOf((p) => (p.kpis[0].levels[0].steps[1].due = "2009-02-31")).path).toBe("kpis[0].levels[0].steps[1].due");
    expect(problemOf((p) => (p.kpis[0].levels[3].steps[0].due = "2552-10-31"))).toEqual({
      path: "kpis[0].levels[3].steps[0].due",
      en: "year 2552 is far from fiscal year 2552 (2009 CE): dates in a pack are CE (YYYY-MM-DD)",
    });
  });

  it("an unknown rule id, a source not in sources, a missing field, a wrong province code", () => {
    expect(problemOf((p) => (p.rules.list["2.2/chainx"] = { enabled: false }))).toEqual({
      path: 'rules.list["2.2/chainx"]',
      en: 'unknown rule id "2.2/chainx" (see phaen rules)',
    });
    expect(problemOf((p) => (p.kpis[0].levels[1].steps[0].source = "slide-99"))).toEqual({
      path: "kpis[0].levels[1].steps[0].source",
      en: 'no source "slide-99" in sources',
    });
    expect(problemOf((p) => delete p.kpis[0].weight)).toEqual({ path: "kpis[0].weight", en: "a required value is missing" });
    expect(problemOf((p) => (p.kpis[0].assessed.provinces[0].code = "TH-99")).en).toMatch(/code is TH-50, not TH-99/);
  });

  it("a threshold with neither source nor unsourced note, an unknown key, a level out of order", () => {
    expect(problemOf((p) => (p.settings.minReasonLength = { value: 20 })).path).toBe("settings.minReasonLength");
    expect(problemOf((p) => (p.settings.minReasonLength = { value: "20", unsourced: true, note: "x" })).path).toBe(
      "settings.minReasonLength.value",
    );
    expect(problemOf((p) => (p.kpis[0].wieght = 3)).path).toBe("kpis[0]");
    expect(problemOf((p) => (p.kpis[0].levels[1].level = 7))).toMatchObject({ path: "kpis[0].levels[1].level" });
    expect(problemOf((p) => (p.kpis[0].assessed.provinces[0] = { th: "บึงกาฬ", code: "TH-38" })).en).toMatch(
      /did not exist in fiscal year 2552/,
    );
  });
});

describe("which pack governs a fiscal year", () => {
  const fy2552 = BUNDLED_PACKS[0];
  const later: Pack = { ...fy2552, id: "FY2566", fiscalYears: { from: 2566, to: 2570 }, kpis: [] };

  it("the pack covering the year; else the nearest earlier one; before every pack, the earliest", () => {
    expect(choosePack([fy2552], 2552)).toEqual({ pack: fy2552, covers: true });
    expect(choosePack([later, fy2552], 2560)).toEqual({ pack: fy2552, covers: false });
    expect(choosePack([fy2552, later], 2571)).toEqual({ pack: later, covers: false });
    expect(choosePack([fy2552, later], 2568)).toEqual({ pack: later, covers: true });
    expect(choosePack([fy2552, later], 2540)).toEqual({ pack: fy2552, covers: false });
    expect(choosePack([], 2552)).toBeUndefined();
  });

  it("a pack's KPIs apply only to their own fiscal year", () => {
    expect(kpisFor(fy2552, 2552).map((k) => k.id)).toEqual(["3.6"]);
    expect(kpisFor(fy2552, 2553)).toEqual([]);
  });
});

describe("the editors' JSON Schema", () => {
  it("is committed and matches the zod schema (npm run packs:schema rewrites it)", () => {
    const committed = readFileSync(new URL("../../../core/packs/pack.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(packJsonSchema());
    expect(JSON.parse(committed).properties.kpis.type).toBe("array");
  });
});

describe("the FY2552 pack and the workbook's lists agree", () => {
  // The template's dropdowns and the parser read core's enumerations; under FY2552 they are the pack's lists.
  const pack = BUNDLED_PACKS[0];
  it("approval steps, committee sectors and the committees a roster names", () => {
    expect(pack.approvalSteps.items.map((s) => s.th)).toEqual(enumOptions("approvalStep").map((o) => o.value));
    expect(pack.approvalSteps.items.map((s) => s.th)).toEqual(STARTER_ROWS.rows.map((r) => r.step));
    expect(pack.committeeSectors.items.map((s) => s.th)).toEqual(ENUMS.sector.options.map((o) => o.value));
    for (const c of ENUMS.committee.options) expect(pack.committees.map((k) => k.abbr)).toContain(c.value);
  });
});
