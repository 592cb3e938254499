/** Reference data shapes. The data itself lives in data files that name their source and year. */
export interface Province {
  /** ISO 3166-2:TH code, e.g. "TH-23" (ตราด). */
  code: string;
  th: string;
  en: string;
  /** Land neighbours (empty when not a border province); บึงกาฬ's count from its creation in 2011. */
  borders: ("Myanmar" | "Laos" | "Cambodia" | "Malaysia")[];
  coast: "gulf" | "andaman" | null;
  /** CE year the province was created, when after 2009 (บึงกาฬ: 2011). */
  createdCE?: number;
  /** Bangkok has no ก.บ.จ. and never submits a province workbook. */
  specialAdministration?: boolean;
  /** Other names users type ("กทม.", "Ayutthaya"). */
  aliases?: string[];
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
  /** First fiscal year (BE) the membership applies to. */
  sinceFiscalYearBE: number;
  source: string;
  clusters: Cluster[];
}

export interface ReferenceData {
  provinces: Province[];
  clusterSets: ClusterSet[];
  source: string;
  /** By Thai or English name, with or without "จังหวัด", or by ISO code ("TH-23"). */
  province(name: string): Province | undefined;
  /** The cluster set in force in a fiscal year (BE): the earliest set for years before it. */
  clusterSet(fiscalYearBE: number): ClusterSet;
  /** The cluster a province belonged to in a fiscal year (BE). */
  clusterOf(province: string, fiscalYearBE: number): Cluster | undefined;
  /** By Thai or English name, with or without "กลุ่มจังหวัด". */
  clusterByName(name: string, fiscalYearBE: number): Cluster | undefined;
}
