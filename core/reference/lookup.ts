/** Builds the reference lookups over the data files: names as users type them. */
import type { Cluster, ClusterSet, Province, ReferenceData } from "./types";

const PROVINCE_PREFIX = /^(จังหวัด|จ\.)\s*/u;
const CLUSTER_PREFIX = /^(กลุ่มจังหวัด|กลุ่ม)\s*/u;

/** Case, spacing, hyphens and Thai/English prefixes do not matter: "Lop Buri" = "Lopburi". */
function key(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/[\s\-–'’.]+/g, "");
}

function provinceKey(name: string): string {
  return key(
    name
      .normalize("NFC")
      .trim()
      .replace(PROVINCE_PREFIX, "")
      .replace(/\s+province$/i, ""),
  );
}

function clusterKey(name: string): string {
  return key(
    name
      .normalize("NFC")
      .trim()
      .replace(CLUSTER_PREFIX, "")
      .replace(/\s+(provincial\s+)?cluster$/i, ""),
  );
}

export function createReference(provinces: Province[], clusterSets: ClusterSet[], source: string): ReferenceData {
  const byName = new Map<string, Province>();
  for (const p of provinces) {
    byName.set(p.code.toLowerCase(), p);
    for (const n of [p.th, p.en, ...(p.aliases ?? [])]) byName.set(provinceKey(n), p);
  }
  const sets = [...clusterSets].sort((a, b) => a.sinceFiscalYearBE - b.sinceFiscalYearBE);

  const clusterSet = (fy: number): ClusterSet => {
    let chosen = sets[0];
    for (const s of sets) if (s.sinceFiscalYearBE <= fy) chosen = s;
    return chosen;
  };
  const province = (name: string): Province | undefined => {
    if (typeof name !== "string" || !name.trim()) return undefined;
    return byName.get(name.trim().toLowerCase()) ?? byName.get(provinceKey(name));
  };
  return { provinces, clusterSets: sets, source, province, clusterSet, ...clusterLookups(province, sets.length ? clusterSet : undefined) };
}

/** Cluster membership and names over a choice of cluster set by fiscal year (a pack names its own: core/packs/reference.ts). */
export function clusterLookups(
  province: (name: string) => Province | undefined,
  clusterSet: ((fiscalYearBE: number) => ClusterSet) | undefined,
): Pick<ReferenceData, "clusterOf" | "clusterByName"> {
  const clusterOf = (name: string, fy: number): Cluster | undefined => {
    const p = province(name);
    if (!p || !clusterSet) return undefined;
    return clusterSet(fy).clusters.find((c) => c.provinces.includes(p.th));
  };
  const clusterByName = (name: string, fy: number): Cluster | undefined => {
    if (typeof name !== "string" || !name.trim() || !clusterSet) return undefined;
    const k = clusterKey(name);
    return clusterSet(fy).clusters.find((c) => clusterKey(c.th) === k || clusterKey(c.en) === k);
  };
  return { clusterOf, clusterByName };
}
