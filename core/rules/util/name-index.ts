/**
 * Project names prepared once for duplicate search: each distinct
 * normalised name gets an id and its set of character bigrams as small
 * integers. Bigram ids are numbered from the rarest (over all names) to the
 * commonest, so one ascending list serves both the merge that counts shared
 * bigrams and prefix filtering (a name's rarest bigrams are its first ones).
 */
import { normaliseProjectName } from "./text";

/** Dense bigram slots for ASCII and the Thai block (almost every name); other characters go through a map. */
const DENSE_CHARS = 256;
const THAI_BLOCK = 0x0e00;

function denseSlot(c: number): number {
  if (c < 128) return c;
  if (c >= THAI_BLOCK && c < THAI_BLOCK + 128) return c - THAI_BLOCK + 128;
  return -1;
}

/** Numbers bigrams as they are first met, and counts the names holding each. */
class BigramNumbering {
  private readonly dense = new Int32Array(DENSE_CHARS * DENSE_CHARS).fill(-1);
  private readonly sparse = new Map<number, number>();
  count = 0;
  /** Per id: how many names hold the bigram, and the last name that was counted. */
  freq = new Int32Array(1024);
  private lastName = new Int32Array(1024).fill(-1);

  /** The id of bigram (a, b), or -1 when name `name` already counted it. */
  idOf(a: number, b: number, name: number): number {
    const sa = denseSlot(a);
    const sb = denseSlot(b);
    let id: number;
    if (sa >= 0 && sb >= 0) {
      const k = sa * DENSE_CHARS + sb;
      id = this.dense[k];
      if (id < 0) id = this.dense[k] = this.newId();
    } else {
      const key = a * 65_536 + b;
      id = this.sparse.get(key) ?? -1;
      if (id < 0) this.sparse.set(key, (id = this.newId()));
    }
    if (this.lastName[id] === name) return -1;
    this.lastName[id] = name;
    this.freq[id]++;
    return id;
  }

  private newId(): number {
    if (this.count === this.freq.length) {
      const freq = new Int32Array(this.count * 2);
      freq.set(this.freq);
      this.freq = freq;
      const last = new Int32Array(this.count * 2).fill(-1);
      last.set(this.lastName);
      this.lastName = last;
    }
    return this.count++;
  }
}

export class NameIndex {
  /** Per item: the id of its normalised name, or -1 when nothing is left of it. */
  readonly nameOf: Int32Array;
  /** Name k's bigrams are grams[start[k] .. start[k + 1]), ascending by rarity, without repeats. */
  readonly start: Int32Array;
  readonly grams: Int32Array;
  /** How many bigram ids there are. */
  readonly gramCount: number;
  readonly nameCount: number;

  /** `include(i)` false leaves item i out (nameOf -1) without normalising its name. */
  constructor(names: readonly (string | null | undefined)[], include?: (i: number) => boolean) {
    this.nameOf = new Int32Array(names.length).fill(-1);
    const ids = new Map<string, number>();
    const starts: number[] = [0];
    // Room for every bigram of the names as written (normalising only shortens them): no regrowth.
    let room = 0;
    for (let i = 0; i < names.length; i++) if (!include || include(i)) room += names[i]?.length ?? 0;
    let grams = new Int32Array(Math.max(16, room));
    let used = 0;
    const numbering = new BigramNumbering();
    for (let i = 0; i < names.length; i++) {
      if (include && !include(i)) continue;
      const norm = normaliseProjectName(names[i]);
      if (!norm) continue;
      let id = ids.get(norm);
      if (id === undefined) {
        id = starts.length - 1;
        ids.set(norm, id);
        if (used + norm.length > grams.length) {
          const bigger = new Int32Array(Math.max(grams.length * 2, used + norm.length));
          bigger.set(grams);
          grams = bigger;
        }
        for (let c = 0; c + 1 < norm.length; c++) {
          const g = numbering.idOf(norm.charCodeAt(c), norm.charCodeAt(c + 1), id);
          if (g >= 0) grams[used++] = g;
        }
        starts.push(used);
      }
      this.nameOf[i] = id;
    }
    this.nameCount = starts.length - 1;
    this.gramCount = numbering.count;
    this.start = Int32Array.from(starts);
    this.grams = grams.subarray(0, used);
    this.renumberByRarity(numbering.freq);
  }

  length(name: number): number {
    return this.start[name + 1] - this.start[name];
  }

  /**
   * Bigrams two names share (a merge of two ascending lists), or -1 as soon
   * as fewer than `need` can be shared: most candidates fail within a few steps.
   */
  shared(x: number, y: number, need = 0): number {
    const g = this.grams;
    let i = this.start[x];
    const iEnd = this.start[x + 1];
    let j = this.start[y];
    const jEnd = this.start[y + 1];
    let n = 0;
    while (i < iEnd && j < jEnd) {
      const a = g[i];
      const b = g[j];
      if (a === b) {
        n++;
        i++;
        j++;
        continue;
      }
      if (a < b) i++;
      else j++;
      if (n + Math.min(iEnd - i, jEnd - j) < need) return -1;
    }
    return n < need ? -1 : n;
  }

  /** Ids from rarest to commonest (by how many names hold the bigram; ties by first use), lists re-sorted. */
  private renumberByRarity(freq: Int32Array): void {
    // frequency × 2^32 + id orders by rarity, then id, as one number (a native numeric sort).
    const order = new Float64Array(this.gramCount);
    for (let id = 0; id < this.gramCount; id++) order[id] = freq[id] * 2 ** 32 + id;
    order.sort();
    const rank = new Int32Array(this.gramCount);
    for (let r = 0; r < this.gramCount; r++) rank[order[r] % 2 ** 32] = r;
    for (let k = 0; k < this.grams.length; k++) this.grams[k] = rank[this.grams[k]];
    for (let name = 0; name < this.nameCount; name++) sortRange(this.grams, this.start[name], this.start[name + 1]);
  }
}

/** Sorts a[from..to) ascending: names are short, so in place by insertion (a view and a native sort cost more). */
export function sortRange(a: Int32Array, from: number, to: number): void {
  if (to - from > 64) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
