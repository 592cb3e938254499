/**
 * Likely duplicate projects across provinces: names compared by character
 * bigrams (Dice similarity). Candidates come from an inverted index over each
 * name's rarest bigrams (prefix filtering), so a national packet never
 * compares all pairs.
 */
import { bigrams, normaliseProjectName } from "../../core/rules/util/text";

export interface NamedProject {
  province: string;
  code: string;
  name: string;
}

export interface DuplicatePair {
  a: NamedProject;
  b: NamedProject;
  similarity: number;
}

/** Dice coefficient of two bigram sets in ascending order (as `bigrams` gives them), by one merge. */
function sortedDice(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Earlier names looked at per name, at most. */
const MAX_CANDIDATES = 3000;

export interface DuplicateSearch {
  pairs: DuplicatePair[];
  /** True when the search stopped at `limit` pairs: there are more. */
  truncated: boolean;
}

/**
 * Pairs from different provinces whose names are at least `threshold` alike,
 * most alike first. Stops at `limit` pairs: a packet where thousands of names
 * match needs a person, not a longer list.
 */
export function findDuplicates(
  groups: readonly { province: string; projects: readonly { code: string | null; name: string | null }[] }[],
  threshold = 0.85,
  limit = 1000,
): DuplicateSearch {
  // `sorted` in numeric order (for the similarity), `grams` rarest first (for the index).
  const items: { p: NamedProject; g: number; grams: number[]; sorted: number[] }[] = [];
  groups.forEach((g, gi) => {
    for (const pr of g.projects) {
      if (!pr.name) continue;
      const norm = normaliseProjectName(pr.name);
      const grams = bigrams(norm);
      if (grams.length)
        items.push({ p: { province: g.province, code: pr.code ?? "", name: pr.name }, g: gi, grams: [...grams], sorted: grams });
    }
  });
  const freq = new Map<number, number>();
  for (const it of items) for (const b of it.grams) freq.set(b, (freq.get(b) ?? 0) + 1);
  // Dice ≥ t means Jaccard ≥ t/(2−t); two sets that similar share one of each other's rarest (|A| − ⌈j|A|⌉ + 1) bigrams.
  const jaccard = threshold / (2 - threshold);
  const index = new Map<number, number[]>();
  const pairs: DuplicatePair[] = [];
  let truncated = false;
  items.every((it, i) => {
    it.grams.sort((x, y) => freq.get(x)! - freq.get(y)! || x - y);
    const prefix = it.grams.length - Math.ceil(jaccard * it.grams.length) + 1;
    const seen = new Set<number>();
    let scanned = 0;
    for (const b of it.grams.slice(0, prefix)) {
      for (const j of index.get(b) ?? []) {
        // Templated names share even their rarest bigrams; bound the work per name.
        if (++scanned > MAX_CANDIDATES) break;
        if (pairs.length >= limit) {
          truncated = true;
          return false;
        }
        if (seen.has(j) || items[j].g === it.g) continue;
        seen.add(j);
        const other = items[j];
        // Sets this different in size cannot be `threshold` alike: |A∩B| ≤ min, so Dice ≤ 2·min/(|A|+|B|).
        const small = Math.min(other.sorted.length, it.sorted.length);
        if (2 * small < threshold * (other.sorted.length + it.sorted.length)) continue;
        const similarity = sortedDice(other.sorted, it.sorted);
        if (similarity >= threshold) pairs.push({ a: other.p, b: it.p, similarity });
      }
      let list = index.get(b);
      if (!list) index.set(b, (list = []));
      list.push(i);
    }
    return true;
  });
  pairs.sort((x, y) => y.similarity - x.similarity || x.a.province.localeCompare(y.a.province, "th"));
  return { pairs, truncated };
}
