/**
 * Near-duplicate names without comparing all pairs. Identical normalised
 * names are grouped by a map. Near-identical ones: a small group (one
 * place's projects, usually) is compared pair by pair, which is bounded by
 * SMALL_GROUP² per group; a larger one goes through an inverted index over
 * each name's rarest bigrams (prefix filtering): two names with Dice ≥ t
 * must share one of those bigrams, so only such candidates are verified.
 */
import { bigrams, normaliseProjectName } from "./text";

export interface NamedItem {
  name: string;
  /** Items of the same group (e.g. the same agency) are never reported against each other. */
  group: string;
}

export interface NearDuplicate {
  /** The item reported. */
  index: number;
  /** An item of another group whose name is near-identical. */
  match: number;
  similarity: number;
}

const SMALL_GROUP = 16;
/** Candidates examined per name are capped so a pathological group stays linear. */
const MAX_CANDIDATES = 400;
const EPSILON = 1e-9;
const GRAM_SPAN = 2 ** 32;

interface NameEntry {
  members: number[];
  /** Bigrams, ascending, without repeats. */
  grams: number[];
}

/** Shared bigrams of two ascending lists (a merge). */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** The first member of an entry whose group differs from `group`. */
function otherGroupMember(entry: NameEntry, items: readonly NamedItem[], group: string): number | undefined {
  for (const m of entry.members) if (items[m].group !== group) return m;
  return undefined;
}

class Finder {
  readonly out: NearDuplicate[] = [];
  readonly reported = new Set<number>();
  constructor(
    readonly items: readonly NamedItem[],
    readonly t: number,
  ) {}

  /** Later members of one name that an earlier member of another group duplicates. */
  identical(entry: NameEntry): void {
    const first = entry.members[0];
    let firstOtherGroup: number | undefined;
    for (let k = 1; k < entry.members.length; k++) {
      const m = entry.members[k];
      const sameAsFirst = this.items[m].group === this.items[first].group;
      const earlier = sameAsFirst ? firstOtherGroup : first;
      if (!sameAsFirst && firstOtherGroup === undefined) firstOtherGroup = m;
      if (earlier === undefined) continue;
      this.out.push({ index: m, match: earlier, similarity: 1 });
      this.reported.add(m);
    }
  }

  pending(entry: NameEntry): number[] {
    return entry.members.filter((m) => !this.reported.has(m));
  }

  /** Verifies one candidate; resolves the pending members it duplicates. Returns false when none is left pending. */
  verify(entry: NameEntry, cand: NameEntry, pending: number[]): boolean {
    const a = entry.grams.length;
    const b = cand.grams.length;
    const t = this.t;
    if (!b || b < (t * a) / (2 - t) - EPSILON || b > (a * (2 - t)) / t + EPSILON) return pending.length > 0;
    const similarity = (2 * sharedCount(entry.grams, cand.grams)) / (a + b);
    if (similarity < t - EPSILON) return pending.length > 0;
    for (let k = pending.length - 1; k >= 0; k--) {
      const other = otherGroupMember(cand, this.items, this.items[pending[k]].group);
      if (other === undefined) continue;
      this.out.push({ index: pending[k], match: other, similarity });
      this.reported.add(pending[k]);
      pending.splice(k, 1);
    }
    return pending.length > 0;
  }
}

export function findNearDuplicates(items: readonly NamedItem[], threshold: number): NearDuplicate[] {
  const names = new Map<string, NameEntry>();
  for (let i = 0; i < items.length; i++) {
    const norm = normaliseProjectName(items[i].name);
    if (!norm) continue;
    const e = names.get(norm);
    if (e) e.members.push(i);
    else names.set(norm, { members: [i], grams: bigrams(norm) });
  }
  const entries = [...names.values()];
  const f = new Finder(items, threshold);
  for (const e of entries) f.identical(e);
  if (entries.length <= SMALL_GROUP) pairwise(entries, f);
  else indexed(entries, f);
  return f.out.sort((x, y) => x.index - y.index);
}

function pairwise(entries: readonly NameEntry[], f: Finder): void {
  entries.forEach((entry, i) => {
    const pending = f.pending(entry);
    if (!entry.grams.length) return;
    for (let j = 0; j < i && pending.length; j++) f.verify(entry, entries[j], pending);
  });
}

function indexed(entries: readonly NameEntry[], f: Finder): void {
  // Bigrams get small ids within the group, so frequencies, postings and "seen" marks are plain arrays.
  const ids = new Map<number, number>();
  const freq: number[] = [];
  const gramIds = entries.map((e) => {
    const out = new Array<number>(e.grams.length);
    for (let k = 0; k < e.grams.length; k++) {
      let id = ids.get(e.grams[k]);
      if (id === undefined) {
        id = freq.length;
        ids.set(e.grams[k], id);
        freq.push(0);
      }
      freq[id]++;
      out[k] = id;
    }
    return out;
  });
  const postings: number[][] = [];
  const seenBy = new Int32Array(entries.length).fill(-1);
  const t = f.t;
  entries.forEach((entry, i) => {
    const own = gramIds[i];
    const a = own.length;
    if (!a) return;
    // Rarest first; an id is below 2^32, so frequency × 2^32 + id orders by rarity, then id, as one number.
    const byRarity = new Float64Array(a);
    for (let k = 0; k < a; k++) byRarity[k] = freq[own[k]] * GRAM_SPAN + own[k];
    byRarity.sort();
    const prefixLength = Math.max(1, a - Math.ceil((t * a) / (2 - t) - EPSILON) + 1);
    const pending = f.pending(entry);
    let examined = 0;
    probe: for (let k = 0; k < prefixLength && pending.length; k++) {
      for (const j of postings[byRarity[k] % GRAM_SPAN] ?? []) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (++examined > MAX_CANDIDATES || !f.verify(entry, entries[j], pending)) break probe;
      }
    }
    for (let k = 0; k < prefixLength; k++) {
      const id = byRarity[k] % GRAM_SPAN;
      (postings[id] ??= []).push(i);
    }
  });
}
