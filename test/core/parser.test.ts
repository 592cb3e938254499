import { describe, expect, it } from "vitest";
import { parseWorkbook, cellOf } from "../../core";
import { tableGrid, workbookGrids, infoGrid, metaGrid } from "../helpers/grids";

describe("parser", () => {
  it("reads typed values and remembers each field's cell", () => {
    const m = parseWorkbook(
      workbookGrids({
        info: { level: "จังหวัด", province: "ตราด", fiscalYear: "๒๕๕๒", planFirstYear: 2553, planLastYear: 2556, planStatus: "ร่าง" },
        projects: [
          { code: "P01", name: "โครงการทดสอบ", budget: "1,250,000 บาท", startDate: "15 ม.ค. 52", endDate: 39986, multiYear: "ใช่" },
        ],
      }),
    );
    expect(m.info.values.province).toBe("ตราด");
    expect(m.info.values.fiscalYear).toBe(2552);
    expect(m.info.cells.province).toBe("B3");
    const p = m.projects.rows[0];
    expect(p.budget).toBe(1_250_000);
    expect(p.startDate).toBe("2009-01-15");
    expect(p.endDate).toBe("2009-06-22");
    expect(p.multiYear).toBe(true);
    expect(cellOf(m.projects, p, "budget")).toMatch(/^[A-Z]+3$/);
    expect(m.templateVersion).toBe("1.0");
  });

  it("reads amounts written the ways Thai workbooks write them", () => {
    const written = ["฿1,250,000", "฿ 1,250,000.00", "1,250,000 บาท", "๑,๒๕๐,๐๐๐", "(฿1,250,000)", "-฿1,250,000"];
    const m = parseWorkbook(workbookGrids({ projects: written.map((budget, i) => ({ code: `P0${i + 1}`, budget })) }));
    expect(m.projects.rows.map((p) => p.budget)).toEqual([1_250_000, 1_250_000, 1_250_000, 1_250_000, -1_250_000, -1_250_000]);
    expect(m.parseIssues.filter((i) => i.kind === "unreadable-value")).toEqual([]);
  });

  it("turns unreadable values and error values into issues at their cells", () => {
    const m = parseWorkbook(workbookGrids({ projects: [{ code: "P01", budget: "หนึ่งแสน", startDate: "#REF!" }] }));
    const kinds = m.parseIssues.filter((i) => i.sheet === "โครงการ").map((i) => [i.kind, i.cell]);
    expect(kinds).toContainEqual(["unreadable-value", cellOf(m.projects, m.projects.rows[0], "budget")]);
    expect(kinds).toContainEqual(["error-value", cellOf(m.projects, m.projects.rows[0], "startDate")]);
  });

  it("matches columns by header, not position, and tolerates blank rows and extra columns", () => {
    const g = tableGrid("projects", [{ code: "P01", name: "ก" }, {}, { code: "P02", name: "ข" }]);
    // Move the name column to the end and add an unknown column in front.
    g.rows = g.rows.map((r) => ["อื่น ๆ", ...r.filter((_, i) => i !== 1), r[1]]);
    const m = parseWorkbook([infoGrid({}), metaGrid(), g]);
    expect(m.projects.rows.map((p) => p.name)).toEqual(["ก", "ข"]);
    expect(m.projects.rows.map((p) => p.$row)).toEqual([3, 5]);
  });

  it("reports missing sheets at A1 of the info sheet and a newer template version", () => {
    const m = parseWorkbook([infoGrid({}), metaGrid("9.0")]);
    expect(m.parseIssues.find((i) => i.kind === "missing-sheet")).toMatchObject({ sheet: "ข้อมูลทั่วไป", cell: "A1" });
    expect(m.parseIssues.some((i) => i.kind === "newer-version")).toBe(true);
  });
});

describe("text normalisation", () => {
  it("matches a choice whose Thai marks were typed out of canonical order", () => {
    // ผ + MAI THO + SARA UU (tone before vowel) is canonically ผ + SARA UU + MAI THO.
    const typed = "\u0E1C\u0E49\u0E39บริหารท้องถิ่น";
    const m = parseWorkbook(workbookGrids({ committee: [{ name: "นายก", sector: typed }] }));
    expect(m.committee.rows[0].sector).toBe("ผู้บริหารท้องถิ่น");
    expect(m.parseIssues.filter((i) => i.kind === "unreadable-value")).toEqual([]);
  });
});
