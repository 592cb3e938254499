/**
 * What the reader accepts, in one place. Anything beyond these is refused
 * (exit 2) before exceljs sees the file, so a hostile or broken workbook
 * cannot exhaust memory or hang a secretariat's batch run. Rows and cells
 * are what the gate's SAX pass counts; the row limit is what `npm run bench`
 * (bench/reader-memory.ts) measures to fit in 2 GiB.
 *
 * A real provincial workbook (77 provinces × a few hundred projects) is a few
 * megabytes unpacked; these limits leave two orders of magnitude of room.
 */
import { UserError } from "../../core/errors";
import { formatNumber } from "../../core/thai";

export const LIMITS = {
  /** Size of the .xlsx file itself. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes the zip's central directory declares. */
  maxTotalUncompressedBytes: 200 * 1024 * 1024,
  /** One entry may unpack to at most this many times its compressed size… */
  maxEntryRatio: 500,
  /** …once it is bigger than this (small parts compress freely). */
  ratioCheckAboveBytes: 1024 * 1024,
  /** Parts in the package. */
  maxEntries: 10_000,
  /** Rows of one sheet, and the highest row number (or <dimension> end) it may use. */
  maxRows: 45_000,
  /** Cells of one sheet (about 45,000 rows of the projects sheet's 44–46 filled columns). */
  maxCells: 2_000_000,
  /** Columns of one sheet: Excel's own maximum (XFD). */
  maxColumns: 16_384,
} as const;

export type Limits = { readonly [K in keyof typeof LIMITS]: number };

const MB = 1024 * 1024;
export const mb = (n: number) => `${formatNumber(Math.round(n / MB))} MB`;

/** An empty file, or one over the size limit, is refused before its bytes are read (the pane checks File.size with it). */
export function refuseBySize(file: string, size: number, maxBytes: number): void {
  if (size === 0) throw new UserError("ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)", file);
  if (size > maxBytes) throw new UserError(`ไฟล์ใหญ่เกิน ${mb(maxBytes)}`, `the file is larger than ${mb(maxBytes)}`, file);
}
