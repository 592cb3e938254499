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

export interface ReasonVerdict {
  problem?: ReasonProblem;
  /** Another owner of the same reason, word for word (spacing aside). */
  other?: string;
}

/**
 * Judges many owners' reasons at once: a reason counts when it is long
 * enough and no other owner wrote the same words. Two passes over a map:
 * the first two distinct owners of each text are enough to answer
 * "someone else's?". Returns one verdict per entry, in order.
 */
export function judgeReasons(
  entries: readonly { reason: string | null | undefined; owner: string }[],
  settings: Settings,
): ReasonVerdict[] {
  const keys = entries.map((e) => normaliseText(e.reason));
  const owners = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const key = keys[i];
    if (!key) return;
    const list = owners.get(key);
    if (!list) owners.set(key, [e.owner]);
    else if (list.length < 2 && list[0] !== e.owner) list.push(e.owner);
  });
  return entries.map((e, i) => {
    const list = owners.get(keys[i]);
    const other = !list ? undefined : list[0] !== e.owner ? list[0] : list[1];
    const problem = reasonProblem(keys[i], settings, other);
    return problem ? { problem, other } : {};
  });
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
