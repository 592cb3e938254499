/** A valid plan under the 2565 decree's pack features: every project aligned, a 20-year goal with indicators. */
import type { Settings } from "../../../../core";
import type { WorkbookInput } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";

export const TODAY: { settings: Partial<Settings> } = { settings: { features: ["alignment", "goal20", "review"] } };

export function alignedPlan(): WorkbookInput {
  const plan = validPlan();
  for (const p of plan.projects!) {
    p.nationalStrategy = "2 ด้านการสร้างความสามารถในการแข่งขัน";
    p.masterPlan = "03 การเกษตร";
    p.subPlan = "0301";
    p.milestone = "1";
    p.sdgs = "SDG2, SDG8";
    p.goal20No = 1;
  }
  plan.goal20 = [
    {
      goalNo: 1,
      goal: "เศรษฐกิจเกษตรมูลค่าสูง",
      indicator: "รายได้เกษตรกรต่อครัวเรือน",
      baseline: 180000,
      baselineYear: 2565,
      target: 260000,
      targetYear: 2585,
    },
  ];
  return plan;
}

export function alignedVariant(change: (plan: WorkbookInput) => void): () => WorkbookInput {
  return () => {
    const plan = alignedPlan();
    change(plan);
    return plan;
  };
}
