/**
 * What the check worker hands the pane: the check's findings, KPI results
 * and counts, without the parsed plan model (a 5,000-project model is tens
 * of megabytes to copy between threads, and the pane does not show it), plus
 * the file name of each document kind.
 */
import type { CheckResult } from "../../core";
import type { PaneCeiling } from "./ceiling";
import type { DocumentKindId } from "./documents";

export interface PaneResult extends Omit<CheckResult, "model" | "ceiling"> {
  fiscalYear: number | string | null;
  /** "ตราด-2552-3-แบบเสนอโครงการ.docx" per kind, safe as a file name. */
  fileNames: Record<DocumentKindId, string>;
  /** The criteria the pack checks (the checklist lists only these); all when absent. */
  criteria?: CheckResult["findings"][number]["criterion"][];
  /** Under a pack that splits the ceiling (the 2565 decree's): core's totals and each project over it with its cell (left out otherwise). */
  ceiling?: PaneCeiling;
}
