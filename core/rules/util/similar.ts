/**
 * Near-duplicate names without comparing all pairs. Identical normalised
 * names are grouped by a map; near-identical ones are found through an
 * inverted index over each name's rarest bigrams (prefix filtering): two
 * names with Dice ≥ t must share one of those bigrams, so only such
 * candidates are verified.
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

/** Candidates examined per name are capped so a pathological bucket stays linear. */
const MAX_CANDIDATES = 400;
const EPSILON = 1e-9;

interface NameEntry {
  members: number[];
  grams: number[];
  /** The same bigrams ascending, for a merge-count of shared bigrams. */
  sorted: number[];
}

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

/** Later members of one name that an earlier member of another group duplicates. */
function identicalDuplicates(entry: NameEntry, items: readonly NamedItem[], out: NearDuplicate[], reported: Set<number>): void {
  const first = entry.members[0];
  let firstOtherGroup: number | undefined;
  for (let k = 1; k < entry.members.length; k++) {
    const m = entry.members[k];
    const sameAsFirst = items[m].group === items[first].group;
    const earlier = sameAsFirst ? firstOtherGroup : first;
    if (!sameAsFirst && firstOtherGroup === undefined) firstOtherGroup = m;
    if (earlier === undefined) continue;
    out.push({ index: m, match: earlier, similarity: 1 });
    reported.add(m);
  }
}

export function findNearDuplicates(items: readonly NamedItem[], threshold: number): NearDuplicate[] {
  const names = new Map<string, NameEntry>();
  for (let i = 0; i < items.length; i++) {
    const norm = normaliseProjectName(items[i].name);
    if (!norm) continue;
    const e = names.get(norm);
    if (e) e.members.push(i);
    else {
      const grams = bigrams(norm);
      names.set(norm, { members: [i], grams, sorted: [...grams].sort((x, y) => x - y) });
    }
  }
  const freq = new Map<number, number>();
  for (const e of names.values()) for (const g of e.grams) freq.set(g, (freq.get(g) ?? 0) + 1);

  const t = threshold;
  const out: NearDuplicate[] = [];
  const reported = new Set<number>();
  const index = new Map<number, NameEntry[]>();
  for (const entry of names.values()) {
    identicalDuplicates(entry, items, out, reported);
    const a = entry.grams.length;
    if (!a) continue;
    // Rarest bigrams first: the prefix any partner must share.
    const byRarity = entry.grams.map((g) => ({ g, f: freq.get(g) ?? 0 })).sort((x, y) => x.f - y.f || x.g - y.g);
    const minOverlap = Math.ceil((t * a) / (2 - t) - EPSILON);
    const prefix = byRarity.slice(0, Math.max(1, a - minOverlap + 1)).map((x) => x.g);
    const minLen = (t * a) / (2 - t) - EPSILON;
    const maxLen = (a * (2 - t)) / t + EPSILON;
    const seen = new Set<NameEntry>();
    const matches: { entry: NameEntry; similarity: number }[] = [];
    probe: for (const g of prefix) {
      for (const cand of index.get(g) ?? []) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        if (seen.size > MAX_CANDIDATES) break probe;
        const b = cand.grams.length;
        if (b < minLen || b > maxLen) continue;
        const similarity = (2 * sharedCount(entry.sorted, cand.sorted)) / (a + b);
        if (similarity >= t - EPSILON) matches.push({ entry: cand, similarity });
      }
    }
    for (const m of entry.members) {
      if (reported.has(m)) continue;
      for (const hit of matches) {
        const other = otherGroupMember(hit.entry, items, items[m].group);
        if (other === undefined) continue;
        out.push({ index: m, match: other, similarity: hit.similarity });
        reported.add(m);
        break;
      }
    }
    for (const g of prefix) {
      const list = index.get(g);
      if (list) list.push(entry);
      else index.set(g, [entry]);
    }
  }
  return out.sort((x, y) => x.index - y.index);
}
