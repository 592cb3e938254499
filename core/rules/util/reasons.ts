/**
 * A reason counts as given when it is long enough and is not word for word
 * another project's reason (settings.minReasonLength, rejectCopiedReasons).
 */
import type { Settings } from "../../settings";
import { normaliseText } from "./text";

export type ReasonProblem = "missing" | "short" | "copied";

/** Length in characters after collapsing whitespace. */
export function reasonLength(s: string | null | undefined): number {
  return normaliseText(s).length;
}

export interface ReasonVerdicts {
  /** What is wrong with entry i's reason, if anything. */
  problem(i: number): ReasonProblem | undefined;
  /** Another owner of entry i's reason, word for word (spacing aside). */
  other(i: number): string | undefined;
}

/**
 * Judges many owners' reasons at once (reasons[i] belongs to owners[i]): a
 * reason counts when it is long enough and no other owner wrote the same
 * words. One pass fills a map from text to its first owner, with the first
 * different owner beside it: two owners per text answer "someone else's?".
 */
export function judgeReasons(
  reasons: readonly (string | null | undefined)[],
  owners: readonly string[],
  settings: Settings,
): ReasonVerdicts {
  const n = reasons.length;
  const keys: string[] = new Array(n);
  const firstOwner = new Map<string, number>();
  // Per entry: the first entry with the same words (-1 when empty); per first entry, its first different owner.
  const firstOf = new Int32Array(n);
  const secondOwner = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const key = (keys[i] = normaliseText(reasons[i]));
    if (!key) {
      firstOf[i] = -1;
      continue;
    }
    const first = firstOwner.get(key);
    if (first === undefined) {
      firstOwner.set(key, i);
      firstOf[i] = i;
    } else {
      firstOf[i] = first;
      if (secondOwner[first] < 0 && owners[first] !== owners[i]) secondOwner[first] = i;
    }
  }
  const other = (i: number): string | undefined => {
    const first = firstOf[i];
    if (first < 0) return undefined;
    if (first !== i && owners[first] !== owners[i]) return owners[first];
    const second = secondOwner[first];
    return second < 0 ? undefined : owners[second];
  };
  return {
    other,
    problem: (i) => {
      const len = keys[i].length;
      if (len === 0) return "missing";
      if (len < settings.minReasonLength) return "short";
      if (settings.rejectCopiedReasons && other(i) !== undefined) return "copied";
      return undefined;
    },
  };
}

/** What is wrong with a reason, or undefined when it counts as given. */
export function reasonProblem(reason: string | null | undefined, settings: Settings, copiedFrom?: string): ReasonProblem | undefined {
  const len = reasonLength(reason);
  if (len === 0) return "missing";
  if (len < settings.minReasonLength) return "short";
  if (settings.rejectCopiedReasons && copiedFrom !== undefined) return "copied";
  return undefined;
}

/** Thai and English words for a reason problem, for messages. */
export function problemText(problem: ReasonProblem, min: number): { problem: string; problemEn: string } {
  switch (problem) {
    case "missing":
      return { problem: "ไม่ได้เขียนเหตุผล", problemEn: "no reason given" };
    case "short":
      return { problem: `สั้นกว่า ${min} ตัวอักษร`, problemEn: `shorter than ${min} characters` };
    case "copied":
      return { problem: "ซ้ำกับเหตุผลของรายการอื่นทุกตัวอักษร", problemEn: "word for word the same as another's" };
  }
}
