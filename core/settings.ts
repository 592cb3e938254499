import type { WorkbookFeature } from "./schema/columns";
import { enumOptions } from "./schema/enums";

/**
 * Thresholds that need judgement, in one place with tested defaults.
 * Callers may override any of them (the CLI and add-in use the defaults).
 */
export interface Settings {
  /** A reason counts as given at this many characters or more… */
  minReasonLength: number;
  /** …and when it is not word for word another project's reason. */
  rejectCopiedReasons: boolean;
  /** Two names are near-identical at this character-bigram Dice similarity or more. */
  nearDuplicateSimilarity: number;
  /** Cost-per-beneficiary outlier fence: Q3 + k × IQR. */
  outlierIqrFactor: number;
  /** Mission groups smaller than this are not tested for outliers. */
  outlierMinGroupSize: number;
  /** BE years outside this range are implausible. */
  plausibleYears: { min: number; max: number };
  /**
   * A weakness, threat or rationale carries evidence when it holds a number
   * (Arabic or Thai digits), a URL, or one of these words naming a source,
   * at the start of a word (Thai word breaking decides where words start).
   */
  evidenceWords: readonly string[];
  /** The pack's workbook features: the alignment rules run only where "alignment" (or "goal20") is on. */
  features: readonly WorkbookFeature[];
  /** Sub-plans the pack lists beyond the reference data's (code MMSS, Thai name). */
  subPlans: readonly { code: string; th: string }[];
  /** The approval steps in the order they must happen (the pack's; by default the 2551 decree's six, DOMAIN.md §3). */
  approvalSteps: readonly { th: string; en: string }[];
  /** The sectors a ก.บ.จ./ก.บ.ก. is composed of (the pack's committeeSectors; by default the four of DOMAIN.md §1). */
  committeeSectors: readonly { th: string; en: string }[];
  /** The groups every public hearing must hear, by their Thai names (the pack's hearingGroups; by default s.53/1's four). */
  hearingGroups: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  features: Object.freeze([]) as readonly WorkbookFeature[],
  subPlans: Object.freeze([]),
  committeeSectors: Object.freeze(enumOptions("sector").map((o) => Object.freeze({ th: o.value, en: o.en }))),
  hearingGroups: Object.freeze(["หัวหน้าส่วนราชการ", "ผู้บริหาร อปท.", "ภาคประชาสังคม", "ภาคธุรกิจเอกชน"]),
  approvalSteps: Object.freeze(enumOptions("approvalStep").map((o) => Object.freeze({ th: o.value, en: o.en }))),
  minReasonLength: 20,
  rejectCopiedReasons: true,
  nearDuplicateSimilarity: 0.85,
  outlierIqrFactor: 3,
  outlierMinGroupSize: 5,
  plausibleYears: Object.freeze({ min: 2500, max: 2600 }),
  // Words that name where a figure comes from; "ข้อมูล" or "สำรวจ" alone do not ("ขาดข้อมูล" is no source).
  evidenceWords: Object.freeze([
    "ที่มา",
    "แหล่งข้อมูล",
    "ข้อมูลจาก",
    "ข้อมูลของ",
    "สำนักงาน",
    "สถิติ",
    "รายงาน",
    "กรม",
    "พ.ศ.",
    "ผลสำรวจ",
    "ผลการสำรวจ",
    "จากการสำรวจ",
  ]),
}) as Settings;
