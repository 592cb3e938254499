/**
 * Project names prepared once for duplicate search: each distinct
 * normalised name gets an id and its set of character bigrams as small
 * integers. Bigram ids are numbered from the rarest (over all names) to the
 * commonest, so one ascending list serves both the merge that counts shared
 * bigrams and prefix filtering (a name's rarest bigrams are its first ones).
 */
import { CodeUnits, projectNameUnits } from "./text";

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
    // Room for every bigram and unit of the names as written (normalising only shortens them, but for
    // rare lower-casing, which the units buffer and the arrays below grow for).
    let room = 0;
    let count = 0;
    for (let i = 0; i < names.length; i++) {
      if (include && !include(i)) continue;
      room += names[i]?.length ?? 0;
      count++;
    }
    const distinct = new DistinctNames(count, room);
    const starts = new Int32Array(count + 1);
    let grams = new Int32Array(Math.max(16, room));
    let used = 0;
    const numbering = new BigramNumbering();
    const norm = new CodeUnits();
    for (let i = 0; i < names.length; i++) {
      if (include && !include(i)) continue;
      projectNameUnits(names[i], norm);
      if (!norm.length) continue;
      const id = distinct.idOf(norm);
      if (distinct.added) {
        if (used + norm.length > grams.length) {
          const bigger = new Int32Array(Math.max(grams.length * 2, used + norm.length));
          bigger.set(grams);
          grams = bigger;
        }
        const units = norm.units;
        for (let c = 0; c + 1 < norm.length; c++) {
          const g = numbering.idOf(units[c], units[c + 1], id);
          if (g >= 0) grams[used++] = g;
        }
        starts[id + 1] = used;
      }
      this.nameOf[i] = id;
    }
    this.nameCount = distinct.count;
    this.gramCount = numbering.count;
    this.start = starts.slice(0, distinct.count + 1);
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

/**
 * Ids for distinct normalised names, kept as code units in one pool with an
 * open-addressing table of hashes: no string per name and no map of 50,000
 * strings (which would outlive young-generation collections).
 */
class DistinctNames {
  count = 0;
  /** Whether the last idOf call added a new name. */
  added = false;
  private readonly mask: number;
  /** Per slot: the hash, then id + 1 (0: empty). */
  private readonly slots: Int32Array;
  private pool: Uint16Array;
  private poolStart: Int32Array;

  constructor(names: number, units: number) {
    let size = 16;
    while (size < names * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.pool = new Uint16Array(Math.max(16, units));
    this.poolStart = new Int32Array(names + 1);
  }

  idOf(name: CodeUnits): number {
    const units = name.units;
    const n = name.length;
    let h = Math.imul(n, 0x9e3779b1);
    for (let k = 0; k < n; k++) h = Math.imul(h ^ units[k], 0x01000193);
    h ^= h >>> 15;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.slots[2 * slot + 1];
      if (entry === 0) break;
      if (this.slots[2 * slot] === h && this.equals(entry - 1, units, n)) {
        this.added = false;
        return entry - 1;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.count++;
    const from = this.poolStart[id];
    if (from + n > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, from + n));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    for (let k = 0; k < n; k++) this.pool[from + k] = units[k];
    this.poolStart[id + 1] = from + n;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = id + 1;
    this.added = true;
    return id;
  }

  private equals(id: number, units: Uint16Array, n: number): boolean {
    const from = this.poolStart[id];
    if (this.poolStart[id + 1] - from !== n) return false;
    for (let k = 0; k < n; k++) if (this.pool[from + k] !== units[k]) return false;
    return true;
  }
}
