import costOutlier from "../../../../core/rules/4.4/cost-outlier";
import type { WorkbookInput } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

/** Five economic projects with costs per beneficiary near 1,000 baht, then one far above. */
function withEconomicProjects(extraCost: number): () => WorkbookInput {
  return variant((p) => {
    const base = p.projects![0];
    const costs = [900, 1_000, 1_100, 1_200, extraCost];
    costs.forEach((cost, i) => {
      p.projects!.push({
        ...base,
        code: `E${i + 1}`,
        name: `โครงการพัฒนาแหล่งน้ำหมู่ที่ ${i + 1}`,
        location: `หมู่ที่ ${i + 1}`,
        budget: cost * 100,
        beneficiaries: 100,
        linkedCodes: "",
      });
    });
  });
}

ruleTester(costOutlier, {
  valid: [
    { name: "groups smaller than five are not judged", input: validPlan },
    // Economic group costs: 10,000 5,833 1,667 5,000 900 1,000 1,100 1,200 and the extra one.
    { name: "a cost inside the fence", input: withEconomicProjects(20_000) },
    {
      name: "the group size threshold is a setting",
      input: withEconomicProjects(1_000_000),
      options: { settings: { outlierMinGroupSize: 20 } },
    },
  ],
  invalid: [
    {
      name: "a cost per beneficiary far above Q3 + 3 × IQR of its mission group",
      input: withEconomicProjects(1_000_000),
      errors: [
        {
          messageId: "outlier",
          sheet: SHEET.projects,
          cell: at("projects", "budget", 10),
          severity: "warning",
          includes: "1,000,000 บาท/คน",
        },
      ],
    },
  ],
});
