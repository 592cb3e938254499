/** What the alignment rules share: whether their pack enables them (the lookup itself is a run fact, ctx.facts.alignment). */
import type { Settings } from "../../settings";

/** The alignment rules run only under a pack whose workbook has the alignment columns (the 2565 decree's). */
export function alignmentOn(settings: Settings): boolean {
  return settings.features.includes("alignment");
}
