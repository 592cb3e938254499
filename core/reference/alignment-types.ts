/**
 * Shapes of the national-alignment reference data (Z-Y-X, มติ ครม. 4 ธ.ค. 2560): the
 * national strategy, its master plans and their sub-plans, the 13th Plan's milestones,
 * and the SDGs. Every entry names the source it was checked against.
 */

/** Where a fact was found: the title, its date, and the page it was read on. */
export interface ReferenceSource {
  id: string;
  title: string;
  /** Date of the document or page, as it states it (BE or CE as printed). */
  date: string;
  /** Where it was found (URL of the page the search tool returned). */
  where: string;
}

/**
 * How far an entry's name was checked: "seen" = the full name appears in the cited excerpt;
 * "truncated" = the cited excerpt cuts the name off, so its ending is unconfirmed;
 * "unsourced" = no reachable source gave the name: it is a setting a secretariat fills in,
 * and the product shows the code with a note instead of a name.
 */
export type Checked = "seen" | "truncated" | "unsourced";

export interface AlignmentEntry {
  /** The code typed in the workbook: "1".."6", "01".."23", "010101", "1".."13", "SDG1".. */
  code: string;
  /** Thai name; empty when unsourced. */
  th: string;
  en?: string;
  checked: Checked;
  /** ReferenceSource ids the entry was checked against. */
  sources: readonly string[];
}

export interface SubPlanEntry extends AlignmentEntry {
  /** The master plan (two-digit code) the sub-plan belongs to. */
  masterPlan: string;
}

export interface AlignmentReference {
  sources: readonly ReferenceSource[];
  /** ยุทธศาสตร์ชาติ (พ.ศ. 2561 – 2580), 6 ด้าน. */
  strategies: readonly AlignmentEntry[];
  /** แผนแม่บทภายใต้ยุทธศาสตร์ชาติ, 23 ประเด็น (codes "01".."23"). */
  masterPlans: readonly AlignmentEntry[];
  /** แผนย่อย: only those a source names; the rest are left to the pack's settings. */
  subPlans: readonly SubPlanEntry[];
  /** หมุดหมาย of แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 (พ.ศ. 2566 – 2570). */
  milestones: readonly AlignmentEntry[];
  /** The 17 Sustainable Development Goals (codes "SDG1".."SDG17"). */
  sdgs: readonly AlignmentEntry[];
}
