/** The committee roster grouped by committee (ก.บ.จ. or ก.บ.ก.). */
import type { PlanModel } from "../../model";
import type { CommitteeMember } from "../../schema";

/** The committee a workbook's plan level answers to. */
export function expectedCommittee(model: PlanModel): "ก.บ.จ." | "ก.บ.ก." {
  return model.info.values.level === "กลุ่มจังหวัด" ? "ก.บ.ก." : "ก.บ.จ.";
}

/** Members by committee; a row without a committee belongs to the expected one. */
export function rosters(model: PlanModel): Map<string, CommitteeMember[]> {
  const fallback = expectedCommittee(model);
  const out = new Map<string, CommitteeMember[]>();
  for (const m of model.committee.rows) {
    const key = m.committee ?? fallback;
    const list = out.get(key);
    if (list) list.push(m);
    else out.set(key, [m]);
  }
  return out;
}

export const COMMITTEE_EN: Record<string, string> = { "ก.บ.จ.": "KBJ (provincial committee)", "ก.บ.ก.": "KBK (cluster committee)" };
