/**
 * `phaen new` from the template under a pack: the dropdowns of the lists the pack declares
 * (committees, sectors, approval steps, decisions: core/packs/choices.ts) and the instructions
 * sheet's "values you may pick" follow that pack, not the pack the template was written under.
 */
import type ExcelJS from "exceljs";
import { INSTRUCTIONS_SHEET, SHEETS, TABLE_ROWS, inWorkbook, lastTemplateRow, type PackChoices, type WorkbookFeature } from "../../core";
import { allowedValues } from "./instructions";
import { revalidateRange } from "./validation";

export function applyPackLists(wb: ExcelJS.Workbook, choices: PackChoices, features: readonly WorkbookFeature[]): void {
  const declared = (enumKey: string | undefined) => enumKey !== undefined && enumKey in choices;
  for (const def of SHEETS) {
    const ws = wb.getWorksheet(def.name);
    if (def.layout === "form" || !ws || !inWorkbook(def, features)) continue;
    // The columns sit in schema order, a pack's own columns last (generator/workbook/layout.ts).
    def.columns
      .filter((c) => inWorkbook(c, features))
      .forEach((col, i) => {
        if (col.type === "enum" && declared(col.enumKey))
          revalidateRange(ws, ws.getColumn(i + 1).letter, TABLE_ROWS.firstData, lastTemplateRow(def), col, features, choices);
      });
  }
  const help = wb.getWorksheet(INSTRUCTIONS_SHEET);
  if (!help) return;
  let sheet: (typeof SHEETS)[number] | undefined;
  help.eachRow((row) => {
    const title = String(row.getCell(1).value ?? "");
    const named = SHEETS.find((s) => title === `แผ่นงาน «${s.name}»`);
    if (named) sheet = named;
    else {
      const col = sheet?.columns.find((c) => c.key === row.getCell(2).value);
      if (col?.type === "enum" && declared(col.enumKey)) row.getCell(5).value = allowedValues(col, features, choices);
    }
  });
}
