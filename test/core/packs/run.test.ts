import { describe, expect, it } from "vitest";
import {
  BUNDLED_PACKS,
  checkModel,
  DEFAULT_SETTINGS,
  parsePack,
  parseWorkbook,
  REFERENCE,
  RULES,
  runRules,
  type Pack,
} from "../../../core";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";
import { doneThrough, kpiModel } from "../kpi/fixtures";

const FY2552 = BUNDLED_PACKS[0];
/** A copy of FY2552 with some part changed, as a secretariat would edit it. */
function edited(change: (p: Pack) => void): Pack {
  const copy = structuredClone(FY2552) as Pack;
  change(copy);
  return copy;
}
const ids = (pack?: Pack) => runRules(parseWorkbook(workbookGrids(shortReasonPlan())), { pack }).map((f) => `${f.ruleId}:${f.severity}`);

/** The valid plan with one need declined for a reason of 12 characters (short under the default 20). */
function shortReasonPlan() {
  const plan = validPlan();
  const need = plan.needs!.find((n) => n.status === "ไม่รับ") ?? plan.needs![0];
  need.status = "ไม่รับ";
  need.reason = "งบไม่พอสำหรับปีนี้";
  return plan;
}

describe("checks under a pack", () => {
  it("FY2552 is the default for a 2552 workbook: the same findings with and without naming it", () => {
    const model = parseWorkbook(workbookGrids(shortReasonPlan()));
    expect(runRules(model, { pack: FY2552 })).toEqual(runRules(model));
    expect(checkModel(model).pack).toEqual({ id: "FY2552", fiscalYears: { from: 2552, to: 2552 }, covers: true });
  });

  it("a rule turned off does not run; a severity set in the pack replaces the findings' own", () => {
    expect(ids()).toContain("1.1/need-answered:error");
    expect(ids(edited((p) => (p.rules.list["1.1/need-answered"] = { enabled: false })))).not.toContain("1.1/need-answered:error");
    expect(ids(edited((p) => (p.rules.list["1.1/need-answered"] = { enabled: true, severity: "warning" })))).toContain(
      "1.1/need-answered:warning",
    );
    const onlyListed = edited((p) => {
      p.rules.unlisted = "off";
      p.rules.list = { "1.1/need-answered": { enabled: true } };
    });
    expect(new Set(ids(onlyListed))).toEqual(new Set(["1.1/need-answered:error"]));
  });

  it("a threshold changed in the pack is the one the rules read", () => {
    expect(ids(edited((p) => (p.settings.minReasonLength = { value: 5, unsourced: true, note: "a test" })))).not.toContain(
      "1.1/need-answered:error",
    );
    expect(DEFAULT_SETTINGS.minReasonLength).toBe(20);
  });

  it("a KPI due date moved in the pack moves the level the score and the kpi rules give", () => {
    const late = kpiModel({ ...doneThrough(5), steps: { "4.1": { doneDate: "10 พ.ย. 52" } } });
    expect(checkModel(late).kpi[0].level).toBe(3);
    expect(runRules(late).some((f) => f.ruleId === "kpi/step-late")).toBe(true);
    const moved = edited((p) => (p.kpis[0].levels[3].steps[0].due = "2009-11-30"));
    expect(checkModel(late, { pack: moved }).kpi[0].level).toBe(5);
    expect(runRules(late, { pack: moved }).some((f) => f.ruleId === "kpi/step-late")).toBe(false);
  });

  it("a year no pack covers runs the nearest earlier pack's rules and scores no KPI", () => {
    const plan = validPlan();
    plan.info!.fiscalYear = 2553;
    const r = checkModel(parseWorkbook(workbookGrids(plan)));
    expect(r.pack).toMatchObject({ id: "FY2552", covers: false });
    expect(r.kpi).toEqual([]);
  });
});

describe("the reference data sets a pack names", () => {
  /** ตราด's plan, cluster ภาคตะวันออก as it was in 2009, checked under FY2552 and under a copy naming another set. */
  const tratFindings = (pack?: Pack) => {
    const plan = validPlan();
    plan.info!.province = "ตราด";
    plan.info!.cluster = "กลุ่มจังหวัดภาคตะวันออก";
    return runRules(parseWorkbook(workbookGrids(plan)), { pack }).filter((f) => f.ruleId.startsWith("data/province"));
  };

  it("cluster membership follows the set the pack names for the year, not the data files' own dating", () => {
    expect(tratFindings(FY2552)).toEqual([]);
    // The 2017 set splits the east: ตราด is in ภาคตะวันออก 2, and no cluster is called ภาคตะวันออก.
    const named2017 = edited(
      (p) => (p.reference.clusters = [{ fiscalYears: { from: 2552, to: 2552 }, set: "clusters-2017", source: "clusters-2009" }]),
    );
    const found = tratFindings(named2017);
    expect(found.map((f) => f.ruleId)).toContain("data/province-known");
    expect(found.find((f) => f.ruleId === "data/province-known")?.messageEn).toMatch(
      /Cluster "กลุ่มจังหวัดภาคตะวันออก" is not in the reference data for fiscal year 2552/,
    );
  });

  it("a province listed in the cluster it belonged to under the pack's set passes; another cluster of that set is a finding", () => {
    const named2017 = edited(
      (p) => (p.reference.clusters = [{ fiscalYears: { from: 2552, to: 2552 }, set: "clusters-2017", source: "clusters-2009" }]),
    );
    const plan = validPlan();
    plan.info!.province = "ตราด";
    plan.info!.cluster = "กลุ่มจังหวัดภาคตะวันออก 2";
    const model = parseWorkbook(workbookGrids(plan));
    expect(runRules(model, { pack: named2017 }).filter((f) => f.ruleId.startsWith("data/province"))).toEqual([]);
    // Under FY2552 (the 2009 set) ภาคตะวันออก 2 is no cluster at all.
    expect(runRules(model, { pack: FY2552 }).map((f) => f.ruleId)).toContain("data/province-known");
    plan.info!.cluster = "กลุ่มจังหวัดภาคตะวันออก 1";
    const other = runRules(parseWorkbook(workbookGrids(plan)), { pack: named2017 }).find((f) => f.ruleId === "data/province-in-year");
    expect(other?.messageEn).toMatch(/belonged to the Eastern 2 cluster/i);
  });

  it("บึงกาฬ before 2011 is a finding at the province cell", () => {
    const plan = validPlan();
    plan.info!.province = "บึงกาฬ";
    plan.info!.cluster = null;
    const f = runRules(parseWorkbook(workbookGrids(plan)), { pack: FY2552 }).find((x) => x.ruleId === "data/province-in-year");
    expect(f).toMatchObject({ severity: "error" });
    expect(f?.messageEn).toMatch(/did not exist in fiscal year 2552/);
  });
});

describe("the committee sectors and hearing groups a pack names", () => {
  const plan = () => {
    const p = validPlan();
    // One member fewer: no civil-society member, and a hearing without business.
    p.committee = p.committee!.filter((m) => m.sector !== "ภาคประชาสังคม");
    p.hearings![0].business = 0;
    return p;
  };
  const ids = (pack: Pack) =>
    runRules(parseWorkbook(workbookGrids(plan())), { pack })
      .filter((f) => f.ruleId === "committee/sectors" || f.ruleId === "hearing/groups")
      .map((f) => f.messageEn);

  it("are what the rules require: a sector or group the pack leaves out is not asked for", () => {
    expect(ids(FY2552)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no member from the civil society sector/),
        expect.stringMatching(/no participants from business/),
      ]),
    );
    const fewer = edited((p) => {
      p.committeeSectors.items = p.committeeSectors.items.filter((s) => s.th !== "ภาคประชาสังคม");
      p.hearingGroups.items = p.hearingGroups.items.filter((g) => g.th !== "ภาคธุรกิจเอกชน");
    });
    expect(ids(fewer).filter((m) => /civil society sector|from business/.test(m))).toEqual([]);
  });

  it("a hearing group the hearings sheet has no column for is refused, naming its path", () => {
    const bad = edited((p) => p.hearingGroups.items.push({ th: "สื่อมวลชน", en: "Press" }));
    expect(() => parsePack(bad, { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE })).toThrow(
      /hearingGroups\.items\[4\]\.th: the hearings sheet has no column for the group "สื่อมวลชน"/,
    );
  });
});
