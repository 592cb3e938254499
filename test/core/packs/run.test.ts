import { describe, expect, it } from "vitest";
import { BUNDLED_PACKS, checkModel, DEFAULT_SETTINGS, parseWorkbook, runRules, type Pack } from "../../../core";
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
