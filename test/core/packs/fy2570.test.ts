/** The FY2566–2570 pack of the 2565 decree: valid, sourced, and leaving what no source states to the secretariat. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_PACKS, REFERENCE, RULES, choosePack, parsePack, parseWorkbook, packSettings, runRules } from "../../../core";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

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

  it("turns the alignment rules and its own step-order rules on, the 2551 decree's plan statuses and the KPI rules off, each saying why", () => {
    const list = pack.rules.list;
    for (const id of [
      "alignment/strategy-missing",
      "alignment/master-plan-missing",
      "alignment/unknown-code",
      "alignment/sub-plan-mismatch",
      "process/step-order",
      "process/missing-step",
    ])
      expect(list[id]?.enabled).toBe(true);
    for (const id of ["process/plan-status", "kpi/level"]) {
      expect(list[id]?.enabled).toBe(false);
      expect(list[id]?.note).toMatch(/ปิด/);
    }
  });

  it("gives each approval step its own source", () => {
    for (const step of pack.approvalSteps.items) expect(pack.sources[step.source ?? ""]).toBeTruthy();
  });

  describe("the approval steps are checked in the pack's order", () => {
    /** A FY2570 plan whose approvals sheet lists the pack's five steps with these dates. */
    const findings = (dates: (string | null)[], steps = pack.approvalSteps.items.map((s) => s.th)) => {
      const plan = validPlan();
      plan.info!.fiscalYear = 2570;
      plan.approvals = steps.map((step, i) => ({ step, date: dates[i] ?? null, status: dates[i] ? "ดำเนินการแล้ว" : "ยังไม่ดำเนินการ" }));
      return runRules(parseWorkbook(workbookGrids(plan)), { pack }).filter((f) => f.ruleId.startsWith("process/"));
    };

    it("in order: no finding", () => {
      expect(findings(["10 ก.ค. 68", "15 ส.ค. 68", "3 ธ.ค. 68", "20 ธ.ค. 68", "10 ม.ค. 69"])).toEqual([]);
    });

    it("the regional screening dated before the committee's adoption is a finding at its date, the fix naming today's order", () => {
      const [f, ...rest] = findings(["10 ก.ค. 68", "15 ส.ค. 68", "3 ส.ค. 68", "20 ธ.ค. 68", "10 ม.ค. 69"]);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ ruleId: "process/step-order", severity: "error", cell: "B5" });
      expect(f.messageEn).toBe(
        "Step Screening by the regional sub-committee is dated 3 ส.ค. 2568, before step Adoption by the provincial/cluster committee (15 ส.ค. 2568), which must come first",
      );
      expect(f.fix).toContain("รับฟังความคิดเห็น ม.53/1 → ก.บ.จ./ก.บ.ก. เห็นชอบ → คณะอนุกรรมการประจำภาค กลั่นกรอง → ก.น.บ. พิจารณา → ครม. เห็นชอบ");
      expect(f.fix).not.toContain("ก.น.จ.");
    });

    it("a workbook listing the 2551 decree's steps misses today's, each named", () => {
      const missing = findings([], ["รับฟังความคิดเห็น ม.18", "ก.บ.จ./ก.บ.ก. เห็นชอบ", "ก.น.จ. พิจารณา"]).filter(
        (f) => f.ruleId === "process/missing-step",
      );
      expect(missing.map((f) => f.messageEn)).toEqual([
        "Step Public hearing (s.53/1) is not listed on the approval steps sheet",
        "Step Screening by the regional sub-committee is not listed on the approval steps sheet",
        "Step Review by the policy committee (KNB) is not listed on the approval steps sheet",
        "Step Cabinet approval is not listed on the approval steps sheet",
      ]);
    });
  });
});
