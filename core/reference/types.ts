/** Reference data shapes. The data itself lives in data files that name their source and year. */
export interface Province {
  /** ISO 3166-2:TH code, e.g. "TH-23" (ตราด). */
  code: string;
  th: string;
  en: string;
  /** Land neighbours in 2009 (empty when not a border province). */
  borders: ("Myanmar" | "Laos" | "Cambodia" | "Malaysia")[];
  coast: "gulf" | "andaman" | null;
  /** CE year the province was created, when after 2009 (บึงกาฬ: 2011). */
  createdCE?: number;
  /** Bangkok has no ก.บ.จ. and never submits a province workbook. */
  specialAdministration?: boolean;
}

export interface Cluster {
  no: number;
  th: string;
  en: string;
  /** Thai province names. */
  provinces: string[];
}

export interface ClusterSet {
  /** CE year the membership took effect. */
  sinceCE: number;
  source: string;
  clusters: Cluster[];
}

export interface ReferenceData {
  provinces: Province[];
  clusterSets: ClusterSet[];
  source: string;
  province(name: string): Province | undefined;
  /** The cluster a province belonged to in a fiscal year (BE). */
  clusterOf(province: string, fiscalYearBE: number): Cluster | undefined;
  clusterByName(name: string, fiscalYearBE: number): Cluster | undefined;
}
