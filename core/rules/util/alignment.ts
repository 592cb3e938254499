/** What the alignment rules share: whether their pack enables them, and the lookup with the pack's sub-plans. */
import { createAlignmentLookup, type AlignmentLookup } from "../../reference/alignment";
import type { Settings } from "../../settings";

/** The alignment rules run only under a pack whose workbook has the alignment columns (the 2565 decree's). */
export function alignmentOn(settings: Settings): boolean {
  return settings.features.includes("alignment");
}

const lookups = new WeakMap<readonly unknown[], AlignmentLookup>();

/** The reference lookup with the pack's own sub-plans (made once per list). */
export function alignmentLookup(settings: Settings): AlignmentLookup {
  let l = lookups.get(settings.subPlans);
  if (!l) {
    l = createAlignmentLookup(
      settings.subPlans.map((s) => ({
        code: s.code,
        masterPlan: s.code.slice(0, 2),
        th: s.th,
        checked: "unsourced" as const,
        sources: [],
      })),
    );
    lookups.set(settings.subPlans, l);
  }
  return l;
}
