/** The sample workbooks: file name and data. */
import type { WorkbookFeature } from "../../../core";
import type { WorkbookData } from "../../../generator/workbook";
import { clusterEast } from "./cluster-east";
import { khonKaen } from "./khon-kaen";
import { khonKaen2570 } from "./khon-kaen-2570";
import { trat } from "./trat";

export interface Sample {
  file: string;
  data: WorkbookData;
  /** What the sample shows. */
  purpose: string;
  /** The pack's workbook features it is built with (the FY2570 pack's); none for FY2552. */
  features?: readonly WorkbookFeature[];
}

export const SAMPLES: readonly Sample[] = [
  { file: "trat-2552.xlsx", data: trat, purpose: "border and coastal province with planted defects; KPI 3.6 assessed" },
  { file: "khon-kaen-2552.xlsx", data: khonKaen, purpose: "inland province that passes with no error; KPI 3.6 not assessed" },
  { file: "cluster-east-2552.xlsx", data: clusterEast, purpose: "cluster workbook (ก.บ.ก. กลุ่มจังหวัดภาคตะวันออก)" },
  {
    file: "khon-kaen-2570.xlsx",
    data: khonKaen2570,
    purpose:
      "FY2570 under the 2565 decree: alignment columns, 20-year goal, review edition; planted alignment defects and projects over the ceiling",
    features: ["alignment", "goal20", "review"],
  },
];
