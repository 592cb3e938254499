/**
 * A reason counts as given when it is long enough and is not word for word
 * another project's reason (settings.minReasonLength, rejectCopiedReasons).
 */
import type { Settings } from "../../settings";
import { normaliseText } from "./text";

export type ReasonProblem = "missing" | "short" | "copied";

/** Length in characters (code points) after collapsing whitespace. */
export function reasonLength(s: string | null | undefined): number {
  return Array.from(normaliseText(s)).length;
}

/**
 * Who wrote which reason: built in one pass, then asked whether a reason is
 * also another owner's. Keys are normalised so spacing does not hide a copy.
 */
export class ReasonIndex {
  private readonly owners = new Map<string, string[]>();

  add(reason: string | null | undefined, owner: string): void {
    const key = normaliseText(reason).toLowerCase();
    if (!key) return;
    const list = this.owners.get(key);
    if (!list) this.owners.set(key, [owner]);
    else if (list.length < 2 || !list.includes(owner)) list.push(owner);
  }

  /** Another owner of the same reason, if any. */
  otherOwner(reason: string | null | undefined, owner: string): string | undefined {
    const list = this.owners.get(normaliseText(reason).toLowerCase());
    return list?.find((o) => o !== owner);
  }
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
