/** Names of criteria and severities as planners read them (DOMAIN.md §6), Thai and English. */
import {
  CRITERION_NAMES,
  CRITERION_ORDER,
  isNumberedCriterion,
  SEVERITY_ADVICE,
  SEVERITY_ORDER,
  type Bilingual,
  type Criterion,
  type Severity,
} from "../../core";

/** "1.1 สอดคล้องกับ…" for the numbered criteria, the family's name for the others. */
export const CRITERION_LABELS = Object.fromEntries(
  CRITERION_ORDER.map((c) => {
    const n = CRITERION_NAMES[c];
    const en = n.en.charAt(0).toUpperCase() + n.en.slice(1);
    return [c, isNumberedCriterion(c) ? { th: `${c} ${n.th}`, en: `${c} ${en}` } : { th: n.th, en }];
  }),
) as Record<Criterion, Bilingual>;

export { CRITERION_ORDER };

/** A finding's severity as the pane labels it: what it asks of the planner (core's SEVERITY_ADVICE). */
export const SEVERITY_LABELS: Record<Severity, Bilingual> = SEVERITY_ADVICE;

export { SEVERITY_ORDER };

export function criterionLabel(c: Criterion): Bilingual {
  return CRITERION_LABELS[c];
}
