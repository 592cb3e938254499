/** The three sample workbooks: file name and data. */
import type { WorkbookData } from "../../../generator/workbook";
import { clusterEast } from "./cluster-east";
import { khonKaen } from "./khon-kaen";
import { trat } from "./trat";

export interface Sample {
  file: string;
  data: WorkbookData;
  /** What the sample shows. */
  purpose: string;
}

export const SAMPLES: readonly Sample[] = [
  { file: "trat-2552.xlsx", data: trat, purpose: "border and coastal province with planted defects; KPI 3.6 assessed" },
  { file: "khon-kaen-2552.xlsx", data: khonKaen, purpose: "inland province that passes with no error; KPI 3.6 not assessed" },
  { file: "cluster-east-2552.xlsx", data: clusterEast, purpose: "cluster workbook (ก.บ.ก. กลุ่มจังหวัดภาคตะวันออก)" },
];
