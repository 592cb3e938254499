/**
 * Reads the alignment codes planners type ("3", "03", "ประเด็นที่ 3 การเกษตร", "หมุดหมายที่ 5",
 * "SDG 4, 8") and names them from the reference data. Sub-plans the data does not list may
 * come from the pack (extraSubPlans); a sub-plan code MMSS always names its master plan MM.
 */
import type { AlignmentEntry, AlignmentReference, SubPlanEntry } from "./alignment-types";
import { NATIONAL_ALIGNMENT } from "./data/national-alignment";
import { thaiToArabicDigits } from "../thai/digits";

export type { AlignmentEntry, AlignmentReference, SubPlanEntry, ReferenceSource, Checked } from "./alignment-types";
export { NATIONAL_ALIGNMENT } from "./data/national-alignment";

/** The leading number of a typed value, after any label word: "ด้าน 2 ..." → "2". */
function leadingNumber(text: string): string | undefined {
  const t = thaiToArabicDigits(text.normalize("NFC")).trim();
  const m =
    /^(?:ยุทธศาสตร์ชาติ|ด้านที่|ด้าน|ประเด็นที่|ประเด็น|แผนแม่บท(?:ที่)?|แผนย่อย(?:ที่)?|หมุดหมายที่|หมุดหมาย|SDGs?|เป้าหมายที่|Goal)?\s*[.:]?\s*(\d+)/iu.exec(t);
  return m?.[1];
}

function byNumber(list: readonly AlignmentEntry[], text: string, width: number): AlignmentEntry | undefined {
  const n = leadingNumber(text);
  if (n === undefined) return list.find((e) => e.th !== "" && text.includes(e.th));
  const code = width > 0 ? n.padStart(width, "0") : String(Number(n));
  return list.find((e) => e.code === code);
}

export interface AlignmentLookup {
  ref: AlignmentReference;
  strategy(text: string): AlignmentEntry | undefined;
  masterPlan(text: string): AlignmentEntry | undefined;
  /** A sub-plan from the data or the pack; undefined when the code is not MMSS or its master plan is unknown. */
  subPlan(text: string): SubPlanEntry | undefined;
  milestone(text: string): AlignmentEntry | undefined;
  /** Each SDG a list names ("SDG 4, 8" → SDG4, SDG8); unknown items come back in `unknown`. */
  sdgs(text: string): { known: AlignmentEntry[]; unknown: string[] };
  /** "03 การเกษตร": the texts a dropdown offers. */
  choices(kind: "strategies" | "masterPlans" | "milestones" | "sdgs"): string[];
}

export function label(e: AlignmentEntry): string {
  return e.th ? `${e.code} ${e.th}` : `${e.code} ${e.en ?? ""}`.trim();
}

export function createAlignmentLookup(
  extraSubPlans: readonly SubPlanEntry[] = [],
  ref: AlignmentReference = NATIONAL_ALIGNMENT,
): AlignmentLookup {
  const subPlans = [...ref.subPlans, ...extraSubPlans];
  return {
    ref,
    strategy: (text) => byNumber(ref.strategies, text, 0),
    masterPlan: (text) => byNumber(ref.masterPlans, text, 2),
    subPlan(text) {
      const digits = thaiToArabicDigits(text).match(/\d{4}/)?.[0];
      if (!digits) return undefined;
      const known = subPlans.find((s) => s.code === digits);
      if (known) return known;
      const master = ref.masterPlans.find((m) => m.code === digits.slice(0, 2));
      return master ? { code: digits, masterPlan: master.code, th: "", checked: "unsourced", sources: [] } : undefined;
    },
    milestone: (text) => byNumber(ref.milestones, text, 0),
    sdgs(text) {
      const known: AlignmentEntry[] = [];
      const unknown: string[] = [];
      for (const part of text
        .split(/[,;、\n]+/u)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const n = leadingNumber(part.replace(/^SDGs?\s*/iu, ""));
        const hit = n === undefined ? undefined : ref.sdgs.find((s) => s.code === `SDG${Number(n)}`);
        if (hit) known.push(hit);
        else unknown.push(part);
      }
      return { known, unknown };
    },
    choices: (kind) => ref[kind].map(label),
  };
}

export const ALIGNMENT: AlignmentLookup = createAlignmentLookup();
