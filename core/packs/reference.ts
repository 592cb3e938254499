/**
 * The reference data as a pack names it (issue 14: "which reference data sets
 * it uses, clusters by year"): cluster membership in a fiscal year is the set
 * the pack names for that year, not whichever set the data files date from.
 * A year the pack names no set for keeps the data files' own choice.
 */
import { clusterLookups, type ClusterSet, type ReferenceData } from "../reference";
import type { Pack, PackRegion } from "./schema";

/** "clusters-2009": how a pack names a cluster set of the reference data. */
export function clusterSetId(set: { sinceCE: number }): string {
  return `clusters-${set.sinceCE}`;
}

/** The province sets a pack may name (one today: ISO 3166-2:TH with each province's founding year). */
export const PROVINCE_SETS: readonly string[] = ["provinces"];

const byPack = new WeakMap<Pack, ReferenceData>();

/** The lookups of `base` with cluster membership taken from the sets the pack names for each fiscal year. */
export function referenceForPack(base: ReferenceData, pack: Pack | undefined): ReferenceData {
  if (!pack) return base;
  const known = byPack.get(pack);
  if (known) return known;
  const named = pack.reference.clusters
    .map((c) => ({ ...c.fiscalYears, set: base.clusterSets.find((s) => clusterSetId(s) === c.set) }))
    .filter((c): c is { from: number; to: number; set: ClusterSet } => c.set !== undefined);
  const clusterSet = (fy: number): ClusterSet => named.find((c) => c.from <= fy && fy <= c.to)?.set ?? base.clusterSet(fy);
  const ref: ReferenceData = { ...base, clusterSet, ...clusterLookups(base.province, base.clusterSets.length ? clusterSet : undefined) };
  byPack.set(pack, ref);
  return ref;
}

/** The region (ภาค) of a cluster as the pack lists its regions; undefined for a pack without regions or a cluster in none. */
export function regionOfCluster(pack: Pack | undefined, clusterTh: string): PackRegion | undefined {
  const bare = (n: string) =>
    n
      .normalize("NFC")
      .replace(/^กลุ่มจังหวัด\s*/u, "")
      .trim();
  return pack?.regions?.value.find((r) => r.clusters.some((c) => bare(c) === bare(clusterTh)));
}
