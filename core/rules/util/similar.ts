/**
 * Near-duplicate names without comparing all pairs. Identical normalised
 * names are grouped by a map; near-identical ones are found through an
 * inverted index over each name's rarest bigrams (prefix filtering): two
 * names with Dice ≥ t must share one of those bigrams, so only such
 * candidates are verified.
 */
import { bigrams, dice, normaliseProjectName } from "./text";

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

/** Verified candidates per name are capped so a pathological bucket stays linear. */
const MAX_CANDIDATES = 400;

interface NameEntry {
  members: number[];
  grams: string[];
}

/** The first member of an entry whose group differs from `group`. */
function otherGroupMember(entry: NameEntry, items: readonly NamedItem[], group: string): number | undefined {
  for (const m of entry.members) if (items[m].group !== group) return m;
  return undefined;
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
  const freq = new Map<string, number>();
  for (const e of names.values()) for (const g of e.grams) freq.set(g, (freq.get(g) ?? 0) + 1);
  const order = (a: string, b: string) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

  const out: NearDuplicate[] = [];
  const reported = new Set<number>();
  const index = new Map<string, NameEntry[]>();
  const t = threshold;
  for (const entry of names.values()) {
    // Identical names: members of different groups duplicate each other.
    const first = entry.members[0];
    let firstOtherGroup: number | undefined;
    for (const m of entry.members.slice(1)) {
      const sameAsFirst = items[m].group === items[first].group;
      const earlier = sameAsFirst ? firstOtherGroup : first;
      if (!sameAsFirst && firstOtherGroup === undefined) firstOtherGroup = m;
      if (earlier === undefined) continue;
      out.push({ index: m, match: earlier, similarity: 1 });
      reported.add(m);
    }
    const a = entry.grams.length;
    if (!a) continue;
    const sorted = [...entry.grams].sort(order);
    const minOverlap = Math.ceil((t * a) / (2 - t) - 1e-9);
    const prefix = sorted.slice(0, Math.max(1, a - minOverlap + 1));
    const seen = new Set<NameEntry>();
    const matches: { entry: NameEntry; similarity: number }[] = [];
    probe: for (const g of prefix) {
      for (const cand of index.get(g) ?? []) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        if (seen.size > MAX_CANDIDATES) break probe;
        const b = cand.grams.length;
        if (b < (t * a) / (2 - t) - 1e-9 || b > (a * (2 - t)) / t + 1e-9) continue;
        const similarity = dice(entry.grams, cand.grams);
        if (similarity >= t) matches.push({ entry: cand, similarity });
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
