/**
 * Near-duplicate names without comparing all pairs. Identical normalised
 * names are grouped. Near-identical ones go through an inverted index over
 * each name's rarest bigrams (prefix filtering): two names with Dice ≥ t
 * must share one of those bigrams, so only such candidates are verified,
 * earliest first. Bigram rarity is counted over every name of the run
 * (util/name-index), and the search's buffers are allocated once per run and
 * reused from group to group (the 4.3 rule searches each place apart).
 */
import { NameIndex, sortRange } from "./name-index";

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

/** Candidates examined per name are capped so a pathological group stays linear. */
const MAX_CANDIDATES = 400;
const EPSILON = 1e-9;

export class DuplicateSearch {
  // Per name id: which search last met it (stamp) and as which entry.
  private readonly nameStamp: Int32Array;
  private readonly entryOfName: Int32Array;
  // Per entry (distinct name) of the current search: its name and its members as a linked list of items.
  private readonly entryName: Int32Array;
  private readonly firstMember: Int32Array;
  private readonly lastMember: Int32Array;
  private readonly nextMember: Int32Array;
  private readonly reported: Uint8Array;
  // Postings: per bigram a linked list of entries (valid when its stamp is the current search's).
  private readonly headStamp: Int32Array;
  private readonly head: Int32Array;
  // Sized for one group's postings and grown on demand: a group is small next to the sheet.
  private postingEntry = new Int32Array(1024);
  /** Where the bigram stands in the entry's list (for the positional bound). */
  private postingPos = new Int32Array(1024);
  private postingNext = new Int32Array(1024);
  // Candidate marks, per entry, by probe number; and scratch lists.
  private readonly seenBy: Int32Array;
  private readonly candidates = new Int32Array(MAX_CANDIDATES);
  private readonly pending: Int32Array;
  private pendingCount = 0;
  private search = 0;
  private probe = 0;

  /** `groupOf[item]` is the item's group id: equal ids are never reported against each other. */
  constructor(
    private readonly index: NameIndex,
    private readonly groupOf: Int32Array,
    private readonly t: number,
  ) {
    const items = index.nameOf.length;
    this.nameStamp = new Int32Array(index.nameCount);
    this.entryOfName = new Int32Array(index.nameCount);
    this.entryName = new Int32Array(items);
    this.firstMember = new Int32Array(items);
    this.lastMember = new Int32Array(items);
    this.nextMember = new Int32Array(items);
    this.reported = new Uint8Array(items);
    this.headStamp = new Int32Array(index.gramCount);
    this.head = new Int32Array(index.gramCount);
    this.seenBy = new Int32Array(items);
    this.pending = new Int32Array(items);
  }

  /**
   * Among `items` (ascending item numbers): each item whose name an earlier
   * one of another group duplicates, with that earlier item; ascending.
   */
  find(items: ArrayLike<number>): NearDuplicate[] {
    const search = ++this.search;
    const out: NearDuplicate[] = [];
    let entries = 0;
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      this.reported[item] = 0;
      const name = this.index.nameOf[item];
      if (name < 0) continue;
      this.nextMember[item] = -1;
      if (this.nameStamp[name] === search) {
        const e = this.entryOfName[name];
        this.nextMember[this.lastMember[e]] = item;
        this.lastMember[e] = item;
        continue;
      }
      this.nameStamp[name] = search;
      this.entryOfName[name] = entries;
      this.entryName[entries] = name;
      this.firstMember[entries] = item;
      this.lastMember[entries] = item;
      entries++;
    }
    for (let e = 0; e < entries; e++) this.identical(e, out);
    let postings = 0;
    for (let e = 0; e < entries; e++) {
      const name = this.entryName[e];
      const a = this.index.length(name);
      if (!a) continue;
      const prefix = Math.max(1, a - Math.ceil((this.t * a) / (2 - this.t) - EPSILON) + 1);
      const from = this.index.start[name];
      if (this.collectPending(e)) this.probeAndVerify(e, a, from, prefix, out);
      if (postings + prefix > this.postingEntry.length) this.growPostings(postings + prefix);
      for (let k = 0; k < prefix; k++) {
        const g = this.index.grams[from + k];
        this.postingEntry[postings] = e;
        this.postingPos[postings] = k;
        this.postingNext[postings] = this.headStamp[g] === search ? this.head[g] : -1;
        this.headStamp[g] = search;
        this.head[g] = postings++;
      }
    }
    return out.sort((x, y) => x.index - y.index);
  }

  private growPostings(needed: number): void {
    const size = Math.max(needed, this.postingEntry.length * 2);
    const grow = (a: Int32Array) => {
      const bigger = new Int32Array(size);
      bigger.set(a);
      return bigger;
    };
    this.postingEntry = grow(this.postingEntry);
    this.postingPos = grow(this.postingPos);
    this.postingNext = grow(this.postingNext);
  }

  /** Later members of one name that an earlier member of another group duplicates. */
  private identical(e: number, out: NearDuplicate[]): void {
    const first = this.firstMember[e];
    let firstOtherGroup = -1;
    for (let m = this.nextMember[first]; m >= 0; m = this.nextMember[m]) {
      const sameAsFirst = this.groupOf[m] === this.groupOf[first];
      const earlier = sameAsFirst ? firstOtherGroup : first;
      if (!sameAsFirst && firstOtherGroup < 0) firstOtherGroup = m;
      if (earlier < 0) continue;
      out.push({ index: m, match: earlier, similarity: 1 });
      this.reported[m] = 1;
    }
  }

  /** Members of entry e not yet reported, into `pending`; true when there is one. */
  private collectPending(e: number): boolean {
    let n = 0;
    for (let m = this.firstMember[e]; m >= 0; m = this.nextMember[m]) if (!this.reported[m]) this.pending[n++] = m;
    this.pendingCount = n;
    return n > 0;
  }

  /**
   * Earlier entries sharing one of entry e's rarest bigrams, verified in
   * order until no member is pending. Both lists follow one order, so where
   * two names first meet (position k in e's, j in the other's) nothing before
   * is shared: at most 1 + min(a − k − 1, b − j − 1) bigrams are, and a
   * candidate that cannot reach the threshold that way is not verified.
   */
  private probeAndVerify(e: number, a: number, from: number, prefix: number, out: NearDuplicate[]): void {
    const probe = ++this.probe;
    const search = this.search;
    let found = 0;
    gather: for (let k = 0; k < prefix; k++) {
      const g = this.index.grams[from + k];
      if (this.headStamp[g] !== search) continue;
      for (let p = this.head[g]; p >= 0; p = this.postingNext[p]) {
        const cand = this.postingEntry[p];
        if (this.seenBy[cand] === probe) continue;
        this.seenBy[cand] = probe;
        const b = this.index.length(this.entryName[cand]);
        if (this.needed(a, b, 1 + Math.min(a - k - 1, b - this.postingPos[p] - 1)) < 0) continue;
        this.candidates[found++] = cand;
        if (found === MAX_CANDIDATES) break gather;
      }
    }
    // Earliest first. Candidates grow with the place's size: insertion sort only while they are few.
    if (found > 16) this.candidates.subarray(0, found).sort();
    else sortRange(this.candidates, 0, found);
    for (let k = 0; k < found && this.pendingCount > 0; k++) this.verify(e, this.candidates[k], out);
  }

  /**
   * The fewest shared bigrams that make names of a and b bigrams alike
   * (Dice ≥ t), or -1 when their lengths, or `most` shared, cannot.
   */
  private needed(a: number, b: number, most: number): number {
    const t = this.t;
    if (!b || b < (t * a) / (2 - t) - EPSILON || b > (a * (2 - t)) / t + EPSILON) return -1;
    if ((2 * most) / (a + b) < t - EPSILON) return -1;
    // The same test as the similarity's, so rounding cannot make the two disagree.
    let need = Math.max(0, Math.ceil(((t - EPSILON) * (a + b)) / 2) - 1);
    while (need <= most && (2 * need) / (a + b) < t - EPSILON) need++;
    return need;
  }

  /** Resolves the pending members of entry e that candidate entry c duplicates. */
  private verify(e: number, c: number, out: NearDuplicate[]): void {
    const x = this.entryName[e];
    const y = this.entryName[c];
    const a = this.index.length(x);
    const b = this.index.length(y);
    const need = this.needed(a, b, Math.min(a, b));
    if (need < 0) return;
    const shared = this.index.shared(x, y, need);
    if (shared < 0) return;
    const similarity = (2 * shared) / (a + b);
    if (similarity < this.t - EPSILON) return;
    for (let k = this.pendingCount - 1; k >= 0; k--) {
      const m = this.pending[k];
      const other = this.otherGroupMember(c, this.groupOf[m]);
      if (other < 0) continue;
      out.push({ index: m, match: other, similarity });
      this.reported[m] = 1;
      this.pending.copyWithin(k, k + 1, this.pendingCount);
      this.pendingCount--;
    }
  }

  /** The first member of entry c whose group differs from `group`, or -1. */
  private otherGroupMember(c: number, group: number): number {
    for (let m = this.firstMember[c]; m >= 0; m = this.nextMember[m]) if (this.groupOf[m] !== group) return m;
    return -1;
  }
}

/** Group names as small ids (equal names, equal ids). */
export function groupIds(groups: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    let id = ids.get(groups[i]);
    if (id === undefined) ids.set(groups[i], (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** One list of items searched as a whole. */
export function findNearDuplicates(items: readonly NamedItem[], threshold: number): NearDuplicate[] {
  const index = new NameIndex(items.map((i) => i.name));
  const search = new DuplicateSearch(index, groupIds(items.map((i) => i.group)), threshold);
  return search.find(Int32Array.from(items.keys()));
}
