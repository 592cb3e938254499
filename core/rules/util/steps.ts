/** The approval steps of DOMAIN.md §3, in the order they must happen, with the dates a workbook records. */
import { cellOf, type PlanModel } from "../../model";
import { ENUMS, enumOptions, type ApprovalStep } from "../../schema";

/** The 2551 decree's six steps, the default order (a pack lists its own: Settings.approvalSteps). */
export const STEP_ORDER: readonly string[] = enumOptions("approvalStep").map((o) => o.value);

/** An approval step as a pack lists it. */
export interface StepName {
  th: string;
  en: string;
}
export const ADOPTION_STEP = "ก.บ.จ./ก.บ.ก. เห็นชอบ";

/** The step each plan status says has been done (ร่าง: none). */
export const STATUS_STEP: Record<string, string | undefined> = {
  ร่าง: undefined,
  "ก.บ.จ./ก.บ.ก. เห็นชอบ": ADOPTION_STEP,
  "ก.น.จ. พิจารณาแล้ว": "ก.น.จ. พิจารณา",
  "ครม. เห็นชอบ": "ครม. เห็นชอบ",
  ได้รับจัดสรรงบประมาณ: "สงป. จัดสรรงบประมาณ",
};

export interface StepRecord {
  step: string;
  /** The step's English name (the pack's, else core's list). */
  en: string;
  /** The step's first row on the approvals sheet, if listed. */
  row?: ApprovalStep;
  date: string | null;
}

/** One record per step in the given order (the pack's); a step listed twice keeps its first dated row. */
export function stepRecords(
  model: PlanModel,
  order: readonly StepName[] = STEP_ORDER.map((th) => ({ th, en: stepEnglish(th) })),
): StepRecord[] {
  const byStep = new Map<string, ApprovalStep>();
  for (const r of model.approvals.rows) {
    if (!r.step) continue;
    const prev = byStep.get(r.step);
    if (!prev || (!prev.date && r.date)) byStep.set(r.step, r);
  }
  return order.map(({ th: step, en }) => {
    const row = byStep.get(step);
    return { step, en, row, date: row?.date ?? null };
  });
}

export function stepEnglish(step: string): string {
  return ENUMS.approvalStep.options.find((o) => o.value === step)?.en ?? step;
}

/** Where a finding about a step points: its date cell, or the approvals sheet's A1. */
export function stepCell(model: PlanModel, rec: StepRecord): { sheet: string; cell: string } {
  const t = model.approvals;
  if (rec.row) return { sheet: t.sheet, cell: cellOf(t, rec.row, "date") };
  return t.present ? { sheet: t.sheet, cell: "A1" } : { sheet: model.info.sheet, cell: "A1" };
}
