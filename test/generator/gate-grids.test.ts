/**
 * The pane's grid reader (generator/gate/grids.ts: fflate and saxes, no
 * exceljs) gives exactly the grids the CLI's exceljs reader gives: on the
 * bundled samples, on LibreOffice's re-saves of them, and on a workbook with
 * every kind of value a cell can hold.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gateWorkbook } from "../../generator/gate";
import { gridsFromGated } from "../../generator/gate/grids";
import { readWorkbookBytes } from "../../generator/reader";
import { UserError } from "../../core";
import { BASE, buildCorpus } from "../hostile/corpus";
import { tempDir, writeGrids } from "./reader-workbooks";

const paneGrids = (bytes: Uint8Array) => gridsFromGated("x.xlsx", gateWorkbook("x.xlsx", bytes, { valuesOnly: true }));
const cliGrids = (bytes: Uint8Array) => readWorkbookBytes("x.xlsx", bytes);

const files = [
  ...readdirSync("templates/samples")
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("templates/samples", f)),
  ...readdirSync("test/fixtures/libreoffice/samples", { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("test/fixtures/libreoffice/samples", f)),
  "test/fixtures/libreoffice/workbook-template.xlsx",
];

describe("the pane's grid reader", () => {
  it.each(files)("reads %s as the CLI does", async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const grids = paneGrids(bytes);
    expect(grids.length).toBeGreaterThan(0);
    expect(grids).toEqual(await cliGrids(bytes));
  });

  it("reads rich text, formulas' cached results, errors, booleans, escapes, merges and hyperlinks as the CLI does", async () => {
    const file = join(tempDir("phaen-gate-grids-"), "kinds.xlsx");
    await writeGrids(file, [{ sheet: "ข้อมูล", topLeft: "A1", rows: [["ชื่อ"]] }], (wb) => {
      const ws = wb.worksheets[0];
      ws.getCell("B1").value = { richText: [{ text: "โครงการ", font: { bold: true } }, { text: "พัฒนาท่าเรือ" }] };
      ws.getCell("C1").value = { formula: "1+1", result: 2 };
      ws.getCell("D1").value = { formula: 'A1&"x"', result: "ชื่อx" };
      ws.getCell("E1").value = { error: "#REF!" };
      ws.getCell("F1").value = true;
      ws.getCell("G1").value = "ก_x0001_ข";
      ws.getCell("A3").value = "รวม";
      ws.getCell("B3").value = "ทับ";
      ws.mergeCells("A3:C3");
      ws.getCell("A4").value = { text: "ลิงก์", hyperlink: "https://example.go.th" };
      ws.getCell("B4").value = new Date(Date.UTC(2009, 9, 1));
      ws.getCell("C4").value = 1234.5;
      ws.getCell("D4").value = { formula: "C4*2" } as never;
    });
    const bytes = new Uint8Array(readFileSync(file));
    const grids = paneGrids(bytes);
    expect(grids).toEqual(await cliGrids(bytes));
    const [row1, , row3, row4] = grids[0].rows;
    expect(row1).toEqual(["ชื่อ", "โครงการพัฒนาท่าเรือ", 2, "ชื่อx", "#REF!", true, "กข"]);
    expect(row3).toEqual(["รวม"]);
    expect(row4.slice(0, 3)).toEqual(["ลิงก์", 40087, 1234.5]);
  });

  it.each(buildCorpus().map((f) => [f.name, f] as const))(
    "on the hostile corpus's %s: the gate's refusal, or the CLI's grids",
    async (_name, f) => {
      let grids;
      try {
        grids = paneGrids(f.bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        expect(f.refused).not.toBeNull();
        expect((e as UserError).en).toMatch(f.refused!);
        return;
      }
      // Where exceljs would lose cells (and the CLI refuses), this reader loses none: the sample's own grids.
      const same = f.family === "nothing-dropped" ? new Uint8Array(readFileSync(BASE)) : f.bytes;
      expect(grids).toEqual(await cliGrids(same));
    },
  );
});
