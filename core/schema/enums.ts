import type { WorkbookFeature } from "./columns";

/**
 * Every enumeration a planner picks from a dropdown. Values are the Thai
 * strings users type and read; `en` is for the English interface.
 * Declared once: the parser, the template's data validation and the docs all
 * read from here.
 */
export interface EnumOption {
  value: string;
  en: string;
  /** Other spellings accepted on input (normalised to `value`). */
  aliases?: readonly string[];
  /** Offered only in workbooks whose pack enables the feature (always read on input). */
  feature?: WorkbookFeature;
}

export interface EnumDef {
  key: string;
  titleTh: string;
  titleEn: string;
  options: readonly EnumOption[];
}

function def(key: string, titleTh: string, titleEn: string, options: EnumOption[]): EnumDef {
  return { key, titleTh, titleEn, options };
}

export const ENUMS = {
  planLevel: def("planLevel", "ระดับของแผน", "Plan level", [
    { value: "จังหวัด", en: "Province", aliases: ["province"] },
    { value: "กลุ่มจังหวัด", en: "Provincial cluster", aliases: ["cluster"] },
  ]),
  planStatus: def("planStatus", "สถานะแผน", "Plan status", [
    { value: "ร่าง", en: "Draft", aliases: ["(ร่าง)", "draft"] },
    { value: "ก.บ.จ./ก.บ.ก. เห็นชอบ", en: "Adopted by the provincial/cluster committee", aliases: ["adopted"] },
    { value: "ก.น.จ. พิจารณาแล้ว", en: "Reviewed by the policy committee", aliases: ["reviewed"] },
    { value: "ครม. เห็นชอบ", en: "Approved by the Cabinet", aliases: ["approved"] },
    { value: "ได้รับจัดสรรงบประมาณ", en: "Budget allocated", aliases: ["allocated"] },
  ]),
  committee: def("committee", "คณะกรรมการ", "Committee", [
    { value: "ก.บ.จ.", en: "Provincial committee (KBJ)", aliases: ["กบจ", "ก.บ.จ"] },
    { value: "ก.บ.ก.", en: "Cluster committee (KBK)", aliases: ["กบก", "ก.บ.ก"] },
  ]),
  role: def("role", "บทบาท", "Role", [
    { value: "ประธาน", en: "Chair", aliases: ["chair"] },
    { value: "รองประธาน", en: "Vice-chair", aliases: ["vice-chair"] },
    { value: "กรรมการ", en: "Member", aliases: ["member"] },
    { value: "เลขานุการ", en: "Secretary", aliases: ["secretary", "กรรมการและเลขานุการ"] },
    { value: "ผู้ช่วยเลขานุการ", en: "Assistant secretary", aliases: ["assistant secretary", "กรรมการและผู้ช่วยเลขานุการ"] },
    { value: "ที่ปรึกษา", en: "Adviser", aliases: ["adviser", "advisor"] },
  ]),
  sector: def("sector", "องค์ประกอบ (ภาค)", "Sector", [
    { value: "ภาครัฐ", en: "Government", aliases: ["government"] },
    { value: "ผู้บริหารท้องถิ่น", en: "Local-government executives", aliases: ["local government"] },
    { value: "ภาคธุรกิจเอกชน", en: "Private business", aliases: ["business", "ภาคเอกชน"] },
    { value: "ภาคประชาสังคม", en: "Civil society", aliases: ["civil society"] },
  ]),
  missionGroup: def("missionGroup", "กลุ่มภารกิจ", "Mission group", [
    { value: "ด้านเศรษฐกิจ", en: "Economic", aliases: ["เศรษฐกิจ", "economic"] },
    { value: "ด้านสังคม", en: "Social", aliases: ["สังคม", "social"] },
    { value: "ด้านความมั่นคง", en: "Security", aliases: ["ความมั่นคง", "security"] },
    { value: "ด้านการบริหารจัดการ", en: "Administration", aliases: ["การบริหารจัดการ", "administration"] },
  ]),
  tows: def("tows", "คู่ TOWS", "TOWS pairing", [
    { value: "SO", en: "Strengths–Opportunities", aliases: ["S-O", "OS"] },
    { value: "WO", en: "Weaknesses–Opportunities", aliases: ["W-O", "OW"] },
    { value: "ST", en: "Strengths–Threats", aliases: ["S-T", "TS"] },
    { value: "WT", en: "Weaknesses–Threats", aliases: ["W-T", "TW"] },
  ]),
  swotType: def("swotType", "ประเภท SWOT", "SWOT type", [
    { value: "จุดแข็ง", en: "Strength", aliases: ["S", "strength"] },
    { value: "จุดอ่อน", en: "Weakness", aliases: ["W", "weakness"] },
    { value: "โอกาส", en: "Opportunity", aliases: ["O", "opportunity"] },
    { value: "ภัยคุกคาม", en: "Threat", aliases: ["T", "threat", "อุปสรรค"] },
  ]),
  scope: def("scope", "ระดับประเด็น", "Issue scope", [
    { value: "จังหวัด", en: "Province", aliases: ["province"] },
    { value: "กลุ่มจังหวัด", en: "Cluster", aliases: ["cluster"] },
  ]),
  positioningType: def("positioningType", "ประเภท", "Statement type", [
    { value: "วิสัยทัศน์", en: "Vision", aliases: ["vision"] },
    { value: "พันธกิจ", en: "Mission", aliases: ["mission"] },
    { value: "ตำแหน่งทางยุทธศาสตร์", en: "Positioning", aliases: ["positioning", "Positioning"] },
  ]),
  approvalStep: def("approvalStep", "ขั้นตอน", "Approval step", [
    { value: "รับฟังความคิดเห็น ม.18", en: "Public hearing (s.18)", aliases: ["hearing"] },
    { value: "ก.บ.อ./อ.บ.อ. เสนอ", en: "District committee proposal", aliases: ["ก.บ.อ.", "district"] },
    { value: "ก.บ.จ./ก.บ.ก. เห็นชอบ", en: "Adoption by the provincial/cluster committee", aliases: ["ก.บ.จ.", "ก.บ.ก.", "adoption"] },
    { value: "ก.น.จ. พิจารณา", en: "Review by the policy committee", aliases: ["ก.น.จ.", "review"] },
    { value: "ครม. เห็นชอบ", en: "Cabinet approval", aliases: ["ครม.", "cabinet"] },
    { value: "สงป. จัดสรรงบประมาณ", en: "Budget Bureau allocation", aliases: ["สงป.", "allocation"] },
    // The 2565 decree's steps (the FY2570 pack lists them in its order).
    { value: "รับฟังความคิดเห็น ม.53/1", en: "Public hearing (s.53/1)", feature: "review" },
    {
      value: "คณะอนุกรรมการประจำภาค กลั่นกรอง",
      en: "Screening by the regional sub-committee",
      aliases: ["อนุกรรมการประจำภาค"],
      feature: "review",
    },
    { value: "ก.น.บ. พิจารณา", en: "Review by the policy committee (KNB)", aliases: ["ก.น.บ.", "กนบ"], feature: "review" },
  ]),
  stepStatus: def("stepStatus", "สถานะขั้นตอน", "Step status", [
    { value: "ดำเนินการแล้ว", en: "Done", aliases: ["done", "เสร็จ"] },
    { value: "อยู่ระหว่างดำเนินการ", en: "In progress", aliases: ["in progress"] },
    { value: "ยังไม่ดำเนินการ", en: "Not started", aliases: ["not started"] },
  ]),
  needStatus: def("needStatus", "การรับไว้พิจารณา", "Need taken up", [
    { value: "รับไว้ดำเนินการ", en: "Taken up", aliases: ["รับ", "taken up"] },
    { value: "ไม่รับ", en: "Not taken up", aliases: ["not taken up", "ไม่รับไว้"] },
  ]),
  projectKind: def("projectKind", "ประเภทโครงการ", "Project kind", [
    { value: "ส่วนราชการ", en: "Government agency", aliases: ["โครงการของส่วนราชการ", "agency"] },
    { value: "อปท.", en: "Local government", aliases: ["อปท", "โครงการของ อปท.", "local"] },
    { value: "ความร่วมมือเอกชน", en: "Private cooperation", aliases: ["โครงการความร่วมมือเอกชน", "private"] },
    { value: "กลุ่มจังหวัด", en: "Provincial cluster", aliases: ["โครงการพัฒนากลุ่มจังหวัด", "cluster"] },
  ]),
  budgetSource: def("budgetSource", "แหล่งงบประมาณ", "Budget source", [
    { value: "งบจังหวัด", en: "Provincial budget", aliases: ["province"] },
    { value: "งบกลุ่มจังหวัด", en: "Cluster budget", aliases: ["cluster"] },
    { value: "งบกระทรวง/กรม", en: "Ministry/department budget", aliases: ["ministry"] },
    { value: "งบ อปท.", en: "Local-government budget", aliases: ["งบอปท.", "local"] },
    { value: "งบเอกชน", en: "Private funds", aliases: ["private"] },
  ]),
  readiness: def("readiness", "ความพร้อม", "Readiness", [
    { value: "พร้อม", en: "Ready", aliases: ["ready"] },
    { value: "อยู่ระหว่างดำเนินการ", en: "In progress", aliases: ["in progress"] },
    { value: "ไม่พร้อม", en: "Not ready", aliases: ["not ready"] },
    { value: "ไม่ต้องใช้", en: "Not needed", aliases: ["n/a", "ไม่จำเป็น"] },
  ]),
  proposerType: def("proposerType", "ผู้เสนอ", "Proposed by", [
    { value: "ส่วนราชการ", en: "Government agency", aliases: ["agency"] },
    { value: "อปท.", en: "Local government", aliases: ["อปท", "local"] },
    { value: "ก.บ.อ.", en: "District committee", aliases: ["กบอ", "อ.บ.อ.", "district"] },
    { value: "ภาคเอกชน", en: "Private partner", aliases: ["เอกชน", "private"] },
  ]),
  decision: def("decision", "มติคณะกรรมการ", "Committee decision", [
    { value: "อนุมัติ", en: "Approved", aliases: ["approved"] },
    { value: "ชะลอ", en: "Deferred", aliases: ["deferred"] },
    { value: "ไม่อนุมัติ", en: "Rejected", aliases: ["rejected"] },
    // DOMAIN.md §10: a committee may also send a project back to be revised.
    { value: "ปรับปรุง", en: "To be revised", aliases: ["revise", "to be revised"] },
  ]),
  yesNo: def("yesNo", "ใช่/ไม่ใช่", "Yes/No", [
    { value: "ใช่", en: "Yes", aliases: ["yes", "y", "true", "✓", "/", "มี"] },
    { value: "ไม่ใช่", en: "No", aliases: ["no", "n", "false", "-", "ไม่มี"] },
  ]),
  verdict: def("verdict", "ผลการประเมิน", "Assessor verdict", [
    { value: "ผ่าน", en: "Meets the standard", aliases: ["pass"] },
    { value: "ไม่ผ่าน", en: "Does not meet the standard", aliases: ["fail"] },
  ]),
} as const;

export type EnumKey = keyof typeof ENUMS;
export type EnumValue<K extends EnumKey> = (typeof ENUMS)[K]["options"][number]["value"];

/** Reads a typed value into its canonical option, or undefined when it is not one. */
export function matchEnum(key: EnumKey, input: string): string | undefined {
  return choiceIndex(key).get(normaliseChoice(input));
}

/** Normalised spelling → canonical option, built once per enumeration (the parser calls matchEnum for every cell). */
const choiceIndexes = new Map<EnumKey, Map<string, string>>();
function choiceIndex(key: EnumKey): Map<string, string> {
  let index = choiceIndexes.get(key);
  if (!index) {
    index = new Map();
    // Same precedence as a scan in option order: the first option that matches wins.
    for (const o of ENUMS[key].options) {
      for (const spelling of [o.value, o.en, ...(o.aliases ?? [])]) {
        const n = normaliseChoice(spelling);
        if (!index.has(n)) index.set(n, o.value);
      }
    }
    choiceIndexes.set(key, index);
  }
  return index;
}

/** Reads a typed value against a list outside core's (a pack's own), with the same tolerance as matchEnum. */
export function matchOption(options: readonly EnumOption[], input: string): string | undefined {
  const n = normaliseChoice(input);
  return options.find((o) => [o.value, o.en, ...(o.aliases ?? [])].some((s) => normaliseChoice(s) === n))?.value;
}

export function enumEnglish(key: EnumKey, value: string): string {
  return ENUMS[key].options.find((o) => o.value === value)?.en ?? value;
}

/** Typed choices repeat down a column: remember each spelling's normal form. */
const normalisedChoices = new Map<string, string>();
const MAX_REMEMBERED_CHOICES = 10_000;

function normaliseChoice(s: string): string {
  let n = normalisedChoices.get(s);
  if (n === undefined) {
    n = s.normalize("NFC").replace(/\s+/g, "").toLowerCase();
    if (normalisedChoices.size >= MAX_REMEMBERED_CHOICES) normalisedChoices.clear();
    normalisedChoices.set(s, n);
  }
  return n;
}

/** The options a workbook with these pack features offers (every option is read on input regardless). */
export function enumOptions(key: EnumKey, features: readonly WorkbookFeature[] = []): readonly EnumOption[] {
  return ENUMS[key].options.filter((o: EnumOption) => o.feature === undefined || features.includes(o.feature));
}
