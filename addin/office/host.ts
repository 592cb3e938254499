/**
 * Which Excel the pane runs in, and which of its features that Excel offers.
 * manifest.xml asks for ExcelApi 1.1 only, so the pane loads in every Excel
 * a province has (Excel 2016 volume editions have 1.1, Excel 2019 has 1.8);
 * each feature that needs more is detected here at run time
 * (Office.context.requirements.isSetSupported), never assumed.
 */
/* global globalThis */

export type Platform = "PC" | "Mac" | "OfficeOnline" | "iOS" | "Android" | "Universal" | "unknown";

export interface HostInfo {
  platform: Platform;
  /** True when the host implements ExcelApi `version` (such as "1.7"). */
  supports(version: string): boolean;
}

/** The ExcelApi version each optional feature needs. */
export const FEATURE_SETS = {
  /** getItemOrNullObject, defined names added by the scaffold, the template's KPI formula cells. */
  nullObjects: "1.4",
  /** Recalculation suspended while the add-in writes. */
  suspendCalculation: "1.6",
  /** Live re-check (worksheet onChanged). */
  changeEvents: "1.7",
  /** Events off while the add-in writes; dropdown lists in the scaffold. */
  eventsOffAndDropdowns: "1.8",
  /** A click during cell editing waits for the edit instead of failing. */
  delayForCellEdit: "1.9",
  /** Selection events on every sheet: the web's dropdown choices, which raise no onChanged, are caught on the next move. */
  selectionEvents: "1.9",
} as const;

interface OfficeLike {
  context?: {
    platform?: string;
    requirements?: { isSetSupported?(name: string, version?: string): boolean };
  };
}

export function officeHost(office: OfficeLike | undefined = (globalThis as unknown as { Office?: OfficeLike }).Office): HostInfo {
  const ctx = office?.context;
  const platform = (ctx?.platform as Platform | undefined) ?? "unknown";
  return {
    platform,
    supports: (version) => Boolean(ctx?.requirements?.isSetSupported?.("ExcelApi", version)),
  };
}

/** A host that has every feature (tests of behaviour unrelated to versions). */
export const FULL_HOST: HostInfo = { platform: "PC", supports: () => true };

/**
 * The open workbook's file name from Office's document URL (a path on
 * Windows and Mac, a OneDrive or SharePoint address on the web), for naming
 * it in a comparison; undefined when Office gives none (a new, unsaved workbook).
 */
export function workbookFileName(url: string | undefined): string | undefined {
  const last = (url ?? "").split(/[?#]/)[0].split(/[\\/]/).pop() ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A path with a bare "%" is already the name.
  }
  return /\.xls[xm]?$/i.test(name) ? name : undefined;
}
