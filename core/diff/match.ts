/**
 * Pairs the projects of two versions: by code first, then, among those left
 * over (a code was changed), by near-identical name at the same place with
 * the 4.3 rule's measure (bigram Dice through util/similar). No step compares
 * all pairs: codes go through a map, names through the rule's bigram index
 * within each place, so matching grows linearly with the sheets.
 */
import type { Project } from "../schema";
import { NameIndex } from "../rules/util/name-index";
import { DuplicateSearch } from "../rules/util/similar";
import { compactKey, memoisedPlaceKey } from "../rules/util/text";
import type { MatchedBy } from "./types";

export interface ProjectPair {
  older: number;
  newer: number;
  by: MatchedBy;
}

export interface ProjectMatching {
  /** Matched pairs, in the newer version's row order. */
  pairs: ProjectPair[];
  /** Rows (indices) of the older version with no counterpart. */
  removed: number[];
  /** Rows of the newer version with no counterpart. */
  added: number[];
}

const OLDER = 0;
const NEWER = 1;

function codeKey(p: Project): string {
  return compactKey(p.code).toUpperCase();
}

/** The k-th project of a code in one version pairs with the k-th of that code in the other. */
function matchByCode(older: readonly Project[], newer: readonly Project[]): { pairOfNewer: Int32Array; usedOlder: Uint8Array } {
  const byCode = new Map<string, number[]>();
  for (let i = 0; i < older.length; i++) {
    const k = codeKey(older[i]);
    if (!k) continue;
    const list = byCode.get(k);
    if (list) list.push(i);
    else byCode.set(k, [i]);
  }
  const taken = new Map<string, number>();
  const pairOfNewer = new Int32Array(newer.length).fill(-1);
  const usedOlder = new Uint8Array(older.length);
  for (let j = 0; j < newer.length; j++) {
    const k = codeKey(newer[j]);
    const list = k ? byCode.get(k) : undefined;
    if (!list) continue;
    const n = taken.get(k) ?? 0;
    if (n >= list.length) continue;
    taken.set(k, n + 1);
    pairOfNewer[j] = list[n];
    usedOlder[list[n]] = 1;
  }
  return { pairOfNewer, usedOlder };
}

/** Leftover projects of both versions at one place, older first, paired by near-identical names. */
function matchByName(
  older: readonly Project[],
  newer: readonly Project[],
  pairOfNewer: Int32Array,
  usedOlder: Uint8Array,
  threshold: number,
): Int32Array {
  const byName = new Int32Array(newer.length).fill(-1);
  // Items: the older leftovers, then the newer leftovers; a version is a group, so no version is matched with itself.
  const items: { side: number; row: number; place: string; name: string | null }[] = [];
  const placeOf = memoisedPlaceKey();
  for (let i = 0; i < older.length; i++)
    if (!usedOlder[i]) items.push({ side: OLDER, row: i, place: placeOf(older[i].location ?? ""), name: older[i].name });
  for (let j = 0; j < newer.length; j++)
    if (pairOfNewer[j] < 0) items.push({ side: NEWER, row: j, place: placeOf(newer[j].location ?? ""), name: newer[j].name });
  if (!items.some((x) => x.side === OLDER) || !items.some((x) => x.side === NEWER)) return byName;
  const byPlace = new Map<string, number[]>();
  for (let k = 0; k < items.length; k++) {
    const place = items[k].place;
    // "Near-identical name and place": a project without a place is matched by its code only.
    if (!place) continue;
    const bucket = byPlace.get(place);
    if (bucket) bucket.push(k);
    else byPlace.set(place, [k]);
  }
  const index = new NameIndex(
    items.map((x) => x.name),
    (k) => (byPlace.get(items[k].place)?.length ?? 0) > 1,
  );
  const search = new DuplicateSearch(
    index,
    Int32Array.from(items, (x) => x.side),
    threshold,
  );
  const claimed = new Uint8Array(older.length);
  for (const bucket of byPlace.values()) {
    if (bucket.length < 2) continue;
    for (const { index: k, match } of search.find(bucket)) {
      const a = items[k];
      const b = items[match];
      // The search reports the later item (a newer project) against an earlier one (an older project).
      if (a.side !== NEWER || b.side !== OLDER || claimed[b.row]) continue;
      claimed[b.row] = 1;
      byName[a.row] = b.row;
    }
  }
  return byName;
}

export function matchProjects(older: readonly Project[], newer: readonly Project[], threshold: number): ProjectMatching {
  const { pairOfNewer, usedOlder } = matchByCode(older, newer);
  const byName = matchByName(older, newer, pairOfNewer, usedOlder, threshold);
  const pairs: ProjectPair[] = [];
  const added: number[] = [];
  const matchedOlder = new Uint8Array(older.length);
  for (let j = 0; j < newer.length; j++) {
    const i = pairOfNewer[j] >= 0 ? pairOfNewer[j] : byName[j];
    if (i < 0) {
      added.push(j);
      continue;
    }
    matchedOlder[i] = 1;
    pairs.push({ older: i, newer: j, by: pairOfNewer[j] >= 0 ? "code" : "name" });
  }
  const removed: number[] = [];
  for (let i = 0; i < older.length; i++) if (!matchedOlder[i]) removed.push(i);
  return { pairs, removed, added };
}
