import type { ReferenceData } from "./types";

export type { Province, Cluster, ClusterSet, ReferenceData } from "./types";

// Placeholder until the reference data lands (issue 2): lookups find nothing.
export const REFERENCE: ReferenceData = {
  provinces: [],
  clusterSets: [],
  source: "",
  province: () => undefined,
  clusterOf: () => undefined,
  clusterByName: () => undefined,
};
