import { CLUSTERS_2009, CLUSTERS_2011 } from "./data/clusters-2009";
import { CLUSTERS_2017 } from "./data/clusters-2017";
import { PROVINCES, PROVINCES_SOURCE } from "./data/provinces";
import { createReference } from "./lookup";
import type { ReferenceData } from "./types";

export type { Province, Cluster, ClusterSet, ReferenceData } from "./types";
export { createReference, clusterLookups } from "./lookup";

/** Provinces, their border and coast flags, and cluster membership by fiscal year. */
export const REFERENCE: ReferenceData = createReference(
  PROVINCES,
  [CLUSTERS_2009, CLUSTERS_2011, CLUSTERS_2017],
  `${PROVINCES_SOURCE} Clusters: ${[CLUSTERS_2009, CLUSTERS_2011, CLUSTERS_2017].map((s) => `${s.sinceCE}: ${s.source}`).join(" | ")}`,
);
