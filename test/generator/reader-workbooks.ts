/** Test workbooks on disk: miniature grids (test/helpers/grids.ts) written as real .xlsx files by exceljs. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core";
import { workbookGrids, type WorkbookInput } from "../helpers/grids";

export function tempDir(prefix = "phaen-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function workbookFromGrids(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return wb;
}

export async function writeGrids(file: string, grids: Grid[], tweak?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = workbookFromGrids(grids);
  tweak?.(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A small but complete province workbook, as a file. */
export async function writeSampleWorkbook(
  file: string,
  input: WorkbookInput = {},
  opts: Parameters<typeof workbookGrids>[1] = {},
): Promise<string> {
  const grids = workbookGrids(
    {
      projects: [{ code: "P01", name: "โครงการพัฒนาท่าเรือ", budget: 1_000_000, startDate: "15 ม.ค. 52", endDate: "30/09/2552" }],
      ...input,
      info: {
        level: "จังหวัด",
        province: "ตราด",
        fiscalYear: 2552,
        planFirstYear: 2553,
        planLastYear: 2556,
        planStatus: "ร่าง",
        ...input.info,
      },
    },
    opts,
  );
  return writeGrids(file, grids);
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
