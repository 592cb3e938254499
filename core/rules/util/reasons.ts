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
  // Only the lengths are kept: an array of 50,000 texts outlives young-generation collections and costs a full one.
  const lengths = new Int32Array(n);
  // Per entry: the first entry with the same words (-1 when empty); per first entry, its first different owner.
  const firstOf = new Int32Array(n);
  const secondOwner = new Int32Array(n).fill(-1);
  const firsts = new FirstOccurrences(n);
  for (let i = 0; i < n; i++) {
    const key = normaliseText(reasons[i]);
    lengths[i] = key.length;
    if (!key) {
      firstOf[i] = -1;
      continue;
    }
    const first = (firstOf[i] = firsts.firstOf(key, i, reasons));
    if (first !== i && secondOwner[first] < 0 && owners[first] !== owners[i]) secondOwner[first] = i;
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
      const len = lengths[i];
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

/**
 * The first entry holding the same text: an open-addressing table of cheap
 * fingerprints (length and some characters from both ends and the middle),
 * holding entry numbers only. Texts are compared only when fingerprints
 * meet, so neither a map of 50,000 long strings is built (it would outlive
 * young-generation collections and cost a full one) nor is every character
 * hashed (that costs more than the whole rule otherwise).
 */
class FirstOccurrences {
  private readonly mask: number;
  /** Per slot, side by side (one cache line): the fingerprint, then entry + 1 of the first text with it (0: empty). */
  private readonly slots: Int32Array;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
  }

  /** `key` is entry i's text normalised; `reasons` give the earlier entries' texts again when fingerprints meet. */
  firstOf(key: string, i: number, reasons: readonly (string | null | undefined)[]): number {
    const print = fingerprint(key);
    const slots = this.slots;
    let slot = print & this.mask;
    for (;;) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) {
        slots[2 * slot] = print;
        slots[2 * slot + 1] = i + 1;
        return i;
      }
      if (slots[2 * slot] === print && normaliseText(reasons[entry - 1]) === key) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Length and characters from the start, the quarters and the last eight
 * (where a copied reason most often differs: a number or a name added),
 * mixed into 32 bits. Outside the text charCodeAt is NaN, which mixes as 0.
 */
function fingerprint(s: string): number {
  const n = s.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = mix(h, s.charCodeAt(0) | (s.charCodeAt(1) << 16));
  h = mix(h, s.charCodeAt(n >> 2) | (s.charCodeAt(n >> 1) << 16));
  h = mix(h, s.charCodeAt((3 * n) >> 2) | (s.charCodeAt(n - 8) << 16));
  h = mix(h, s.charCodeAt(n - 7) | (s.charCodeAt(n - 6) << 16));
  h = mix(h, s.charCodeAt(n - 5) | (s.charCodeAt(n - 4) << 16));
  h = mix(h, s.charCodeAt(n - 3) | (s.charCodeAt(n - 2) << 16));
  h = mix(h, s.charCodeAt(n - 1));
  return h ^ (h >>> 16);
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x85ebca6b);
  return h ^ (h >>> 13);
}
