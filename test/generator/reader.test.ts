import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cellOf, columnLetter, parseWorkbook, type Grid } from "../../core";
import { readWorkbookFile, toCellValue } from "../../generator/reader";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { tableGrid, workbookGrids } from "../helpers/grids";
import { tempDir, writeGrids } from "./reader-workbooks";

const dir = tempDir();

function sheet(grids: Grid[], name: string): Grid {
  return grids.find((g) => g.sheet === name)!;
}

describe("reader: exceljs values become what Excel shows", () => {
  let grids: Grid[];
  beforeAll(async () => {
    const file = join(dir, "values.xlsx");
    await writeGrids(file, [{ sheet: "ค่า", topLeft: "A1", rows: [] }], (wb) => {
      const ws = wb.getWorksheet("ค่า")!;
      ws.getCell("A1").value = { richText: [{ text: "โครงการ" }, { text: "พัฒนา", font: { bold: true } }, { text: "ท่าเรือ" }] };
      ws.getCell("B1").value = { text: "รายงานการประชุม", hyperlink: "https://example.go.th/minutes.pdf" };
      ws.getCell("C1").value = { formula: "SUM(1,2)", result: 3 } as ExcelJS.CellFormulaValue;
      ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("F1").value = new Date(Date.UTC(2009, 0, 15));
      ws.getCell("G1").value = true;
      ws.getCell("H1").value = "๑๒๓";
      ws.getCell("A3").value = "รวมหลายเซลล์";
      ws.mergeCells("A3:C4");
      ws.getCell("B6").value = "หลังแถวว่าง";
      ws.getCell("C7").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
    });
    grids = await readWorkbookFile(file);
  });

  it("joins rich-text runs and reads a hyperlink as its text", () => {
    const row = sheet(grids, "ค่า").rows[0];
    expect(row[0]).toBe("โครงการพัฒนาท่าเรือ");
    expect(row[1]).toBe("รายงานการประชุม");
  });

  it("reads formulas by their cached results, including error results", () => {
    const row = sheet(grids, "ค่า").rows[0];
    expect(row[2]).toBe(3);
    expect(row[3]).toBe("#DIV/0!");
    expect(row[4]).toBe("#REF!");
  });

  it("turns dates into Excel serials and keeps booleans and Thai digits", () => {
    const row = sheet(grids, "ค่า").rows[0];
    expect(row[5]).toBe(39828); // 15 ม.ค. 2552
    expect(row[6]).toBe(true);
    expect(row[7]).toBe("๑๒๓");
  });

  it("values a merged area in its top-left cell only and keeps row positions across blank rows", () => {
    const rows = sheet(grids, "ค่า").rows;
    expect(rows[2]).toEqual(["รวมหลายเซลล์"]);
    expect(rows[3] ?? []).toEqual([]);
    expect(rows[5]).toEqual([null, "หลังแถวว่าง"]);
  });

  it("reads a formula without a cached result as blank", () => {
    expect(sheet(grids, "ค่า").rows[6] ?? []).toEqual([]);
  });

  it("never throws on an unexpected value shape", () => {
    expect(toCellValue({ unknown: 1 } as unknown as ExcelJS.CellValue)).toBeNull();
    expect(toCellValue(new Date(Number.NaN))).toBeNull();
  });
});

describe("reader → core parser on a workbook written to disk", () => {
  it("reads projects with moved columns, an extra sheet, Thai digits and dates typed as text or as dates", async () => {
    const grids = workbookGrids({
      info: { level: "จังหวัด", province: "ตราด", fiscalYear: "๒๕๕๒" },
      projects: [
        { code: "P01", name: "ท่าเรือ", budget: "๑,๒๕๐,๐๐๐", startDate: "15 ม.ค. 52", endDate: "30/09/2552" },
        {},
        { code: "P02", name: "ถนน", budget: 500000 },
      ],
    });
    const projects = grids.find((g) => g.sheet === "โครงการ")!;
    // Move the name column to the far right and put an unknown column first.
    projects.rows = projects.rows.map((r) => ["หมายเหตุ", ...r.filter((_, i) => i !== 1), r[1]]);
    const file = join(dir, "moved.xlsx");
    await writeGrids(file, [...grids, { sheet: "บันทึกของฉัน", topLeft: "A1", rows: [["อื่น ๆ"]] }], (wb) => {
      const ws = wb.getWorksheet("โครงการ")!;
      const endCol = projects.rows[0].indexOf("วันสิ้นสุด") + 1;
      ws.getCell(5, endCol).value = new Date(Date.UTC(2009, 8, 30));
    });
    const model = parseWorkbook(await readWorkbookFile(file));
    expect(model.info.values.fiscalYear).toBe(2552);
    expect(model.projects.rows.map((p) => [p.code, p.name, p.budget, p.$row])).toEqual([
      ["P01", "ท่าเรือ", 1_250_000, 3],
      ["P02", "ถนน", 500_000, 5],
    ]);
    expect(model.projects.rows[0].startDate).toBe("2009-01-15");
    expect(model.projects.rows[0].endDate).toBe("2009-09-30");
    expect(model.projects.rows[1].endDate).toBe("2009-09-30");
    expect(cellOf(model.projects, model.projects.rows[0], "name")).toBe(`${columnLetter(projects.rows[0].length - 1)}3`);
  });

  it("reports wrong types and #REF! at their sheet and cell instead of crashing", async () => {
    const file = join(dir, "wrong.xlsx");
    await writeGrids(file, workbookGrids({ projects: [{ code: "P01", budget: "หนึ่งแสนบาท", startDate: "#REF!" }] }), (wb) => {
      const ws = wb.getWorksheet("โครงการ")!;
      const col = tableGrid("projects", []).rows[0].indexOf("วันเริ่มต้น") + 1;
      ws.getCell(3, col).value = { formula: "#REF!+1", result: { error: "#REF!" } } as unknown as ExcelJS.CellFormulaValue;
    });
    const model = parseWorkbook(await readWorkbookFile(file));
    const p = model.projects.rows[0];
    const issues = model.parseIssues.filter((i) => i.sheet === "โครงการ").map((i) => [i.kind, i.cell]);
    expect(issues).toContainEqual(["unreadable-value", cellOf(model.projects, p, "budget")]);
    expect(issues).toContainEqual(["error-value", cellOf(model.projects, p, "startDate")]);
  });

  it("reports missing sheets, a renamed header and a missing template version", async () => {
    const grids = workbookGrids({ projects: [{ code: "P01", name: "ท่าเรือ" }] }, { omitSheets: ["swot"], version: null });
    const projects = grids.find((g) => g.sheet === "โครงการ")!;
    const budgetCol = projects.rows[0].indexOf("งบประมาณ (บาท)");
    projects.rows[0][budgetCol] = "เงินที่ขอ";
    projects.rows[1][budgetCol] = "money";
    const file = join(dir, "missing.xlsx");
    await writeGrids(file, grids);
    const model = parseWorkbook(await readWorkbookFile(file));
    const kinds = model.parseIssues.map((i) => `${i.kind}|${i.sheet}|${i.key ?? i.detail.en}`);
    expect(kinds).toContain("missing-sheet|ข้อมูลทั่วไป|SWOT");
    expect(kinds).toContain("missing-version|ข้อมูลทั่วไป|_meta");
    expect(model.parseIssues.find((i) => i.kind === "missing-column" && i.key === "budget")).toMatchObject({ sheet: "โครงการ" });
    expect(model.projects.rows[0].name).toBe("ท่าเรือ");
  });
});

describe("readable but wrong: findings at the right sheet and cell, not a crash", () => {
  it("reports missing sheets, a renamed header, no template version, a wrong type and #REF! as data findings", async () => {
    const grids = workbookGrids(
      {
        info: { level: "จังหวัด", province: "ตราด", fiscalYear: 2552 },
        projects: [{ code: "P01", name: "ท่าเรือ", budget: "หนึ่งแสนบาท", startDate: "#REF!" }],
      },
      { omitSheets: ["swot"], version: null },
    );
    const projects = grids.find((g) => g.sheet === "โครงการ")!;
    const agencyCol = projects.rows[0].indexOf("หน่วยงานรับผิดชอบ");
    projects.rows[0][agencyCol] = "ผู้ทำ";
    projects.rows[1][agencyCol] = "doer";
    const file = join(dir, "wrong-findings.xlsx");
    await writeGrids(file, grids);
    const r = await checkWorkbookFile(file);
    const col = (header: string) => columnLetter(tableGrid("projects", []).rows[0].indexOf(header));
    const keys = r.findings.map((f) => `${f.ruleId}|${f.sheet}|${f.cell}`);
    expect(keys).toContain("data/missing-sheet|ข้อมูลทั่วไป|A1");
    expect(keys).toContain("data/missing-version|ข้อมูลทั่วไป|A1");
    expect(keys).toContain(`data/unreadable-value|โครงการ|${col("งบประมาณ (บาท)")}3`);
    expect(keys).toContain(`data/error-value|โครงการ|${col("วันเริ่มต้น")}3`);
    expect(r.findings.find((f) => f.ruleId === "data/missing-column" && f.sheet === "โครงการ")?.message).toContain("หน่วยงานรับผิดชอบ");
    expect(r.counts.error).toBeGreaterThan(0);
  });
});
