/** What a committee packet is made from: the committee, the meeting, the workbooks given and those left out. */
import type { CheckResult } from "../../core";
import type { PlanDiff } from "../../core/diff";
import type { DuplicateSearch } from "./duplicates";

export const COMMITTEES = {
  "ก.บ.จ.": "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ (ก.บ.จ.)",
  "ก.บ.ก.": "คณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการ (ก.บ.ก.)",
  "ก.น.จ.": "คณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ (ก.น.จ.)",
  // The 2565 decree's (the FY2570 pack's committees).
  "ก.น.บ.": "คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่แบบบูรณาการ (ก.น.บ.)",
  "อ.ก.น.บ.ภาค": "คณะอนุกรรมการประจำภาค ภายใต้คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่แบบบูรณาการ",
} as const;
/** Committees of the 2565 decree: they take only workbooks of a pack with its alignment columns. */
export const COMMITTEES_2565: ReadonlySet<string> = new Set(["ก.น.บ.", "อ.ก.น.บ.ภาค"]);
export type Committee = keyof typeof COMMITTEES;

export interface PacketEntry {
  result: CheckResult;
  /** Cluster name used for ordering and the summary table. */
  cluster: string;
  /** With --previous: the change since the province's previous submission (null when none was given for it). */
  previous?: PlanDiff | null;
}

export interface LeftOut {
  file: string;
  /** Why, in Thai (the packet prints this)… */
  reason: string;
  /** …and in English (the command line prints both). */
  reasonEn: string;
}

export interface PacketInput {
  committee: Committee;
  /** ISO date of the meeting. */
  meetingDate?: string | null;
  /** "1/2552": the meeting's number (numbers restart each calendar year). */
  meetingNo?: string | null;
  meetingPlace?: string | null;
  /** The agenda's items; the usual order (AGENDA_ITEMS) when not given. */
  agenda?: readonly string[];
  /** Already ordered by cluster, then province. */
  entries: readonly PacketEntry[];
  leftOut: readonly LeftOut[];
  duplicates: DuplicateSearch;
}
