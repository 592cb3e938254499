import { describe, expect, it } from "vitest";
import { REFERENCE, scoreKpis } from "../../../../core";
import provinceInYear from "../../../../core/rules/data/province-in-year";
import { kpiModel } from "../../kpi/fixtures";
import { SHEET, infoAt, ruleTester, variant } from "../tester";

ruleTester(provinceInYear, {
  valid: [
    { name: "ตราด in ภาคตะวันออก, 2552", input: validPlanFor("ตราด", "ภาคตะวันออก", 2552) },
    { name: "บึงกาฬ in ภาคตะวันออกเฉียงเหนือตอนบน 1, 2555 (after 2011)", input: validPlanFor("บึงกาฬ", "ภาคตะวันออกเฉียงเหนือตอนบน 1", 2555) },
    { name: "บึงกาฬ in FY2554, which it existed for part of (established March 2011)", input: validPlanFor("บึงกาฬ", "", 2554) },
    { name: "an unknown name is data/province-known's to report", input: validPlanFor("ตราดดด", "ภาคตะวันออก", 2552) },
  ],
  invalid: [
    {
      name: "บึงกาฬ in FY2552, before it was established",
      input: validPlanFor("บึงกาฬ", "ภาคตะวันออก", 2552),
      errors: [{ messageId: "notYetCreated", sheet: SHEET.info, cell: infoAt("province"), includes: "2554" }],
    },
    {
      name: "ตราด listed in a cluster it did not belong to in 2552",
      input: validPlanFor("ตราด", "ภาคกลางตอนกลาง", 2552),
      errors: [{ messageId: "otherCluster", sheet: SHEET.info, cell: infoAt("cluster"), includes: "ภาคตะวันออก" }],
    },
  ],
});

function validPlanFor(province: string, cluster: string, fiscalYear: number) {
  return variant((p) => {
    p.info!.province = province;
    p.info!.cluster = cluster || null;
    p.info!.fiscalYear = fiscalYear;
  });
}

describe("KPI 3.6 and a province that did not exist that year", () => {
  it("says unknown province for 2552, not 'not in the assessed list'", () => {
    const [r] = scoreKpis(kpiModel({ info: { province: "บึงกาฬ" } }), REFERENCE);
    expect(r).toMatchObject({ assessed: false, level: null });
    expect(r.notAssessedReason?.en).toMatch(/^unknown province for 2552/);
    expect(r.notAssessedReason?.th).toContain("ไม่รู้จักจังหวัดบึงกาฬในปีงบประมาณ 2552");
  });
});
