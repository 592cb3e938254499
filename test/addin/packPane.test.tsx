// @vitest-environment jsdom
/**
 * The pane follows the workbook's rule pack (issue 15): the FY2570 sample (ขอนแก่น, 2565 decree)
 * checked in the fake Excel shows its pack, its planted alignment defects and the projects over
 * the ceiling at their cells, and a score tab that says FY2570 defines no KPI; สร้างแม่แบบ makes
 * a workbook of the year the planner names, with that year's pack's sheets and columns.
 */
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import { resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ceilingSplit, checkGrids, infoSheet, infoValueCell, projectsSheet, goal20Sheet, type Grid } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import { App } from "../../addin/ui/App";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";
import { gridsFromWorkbook, loadWorkbook } from "../../generator/reader";
import { fakeExcel, fakeHost, FakeWorkbook } from "./fake-excel";
import { renderHere, screen } from "./screen";
import { planWorkbook } from "./fixtures";

afterEach(cleanup);
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const SAMPLE = resolve(__dirname, "../../templates/samples/khon-kaen-2570.xlsx");
let grids: Grid[];

beforeAll(async () => {
  grids = gridsFromWorkbook(await loadWorkbook(SAMPLE));
});

function mount(wb: FakeWorkbook) {
  const port = createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));
  renderHere(<App port={port} engine={inPlaceEngine()} saveFile={async (_b, name) => ({ kind: "downloaded", name })} />);
}

const check = async () => {
  fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
  return screen.findByTestId("verdict", undefined, { timeout: 10_000 });
};

describe("the pane on the FY2570 sample (ขอนแก่น, the 2565 decree)", () => {
  it("names the FY2570 pack and shows the planted alignment defects at their cells", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    mount(wb);
    await check();
    expect(screen.getByTestId("check-pack").textContent).toBe(
      "ชุดกติกา FY2570 (ปีงบประมาณ 2566–2570) · พระราชกฤษฎีกาว่าด้วยการบริหารงานเชิงพื้นที่แบบบูรณาการ พ.ศ. 2565",
    );
    // The pane's findings are the check's under that pack, as `phaen check` reports them.
    const cli = checkGrids(grids);
    expect(cli.pack?.id).toBe("FY2570");
    expect(screen.getByText(`ผลการตรวจ ขอนแก่น · ทั้งหมด ${cli.findings.length} รายการ`)).toBeTruthy();
    expect([...document.querySelectorAll("button[data-finding]")].map((b) => b.getAttribute("data-finding")).sort()).toEqual(
      cli.findings.map((f) => f.ruleId).sort(),
    );
    const planted = [
      ["alignment/strategy-missing", "AU4"],
      ["alignment/master-plan-missing", "AV4"],
      ["alignment/sub-plan-mismatch", "AV5:AW5"],
      ["alignment/unknown-code", "AY6"],
    ];
    for (const [rule, cell] of planted) {
      const item = document.querySelector<HTMLButtonElement>(`button[data-finding="${rule}"]`);
      expect(item?.getAttribute("data-cell"), rule).toBe(cell);
      expect(item?.getAttribute("data-sheet")).toBe("โครงการ");
    }
    // The checklist is the pack's: its alignment criterion failing, no KPI row (FY2570 defines none).
    const listed = [...document.querySelectorAll("li[data-criterion]")].map((li) => [
      li.getAttribute("data-criterion"),
      li.getAttribute("data-status"),
    ]);
    expect(listed).toContainEqual(["alignment", "error"]);
    expect(listed.map(([c]) => c)).not.toContain("kpi");
    // A click goes to the cell the defect is in.
    fireEvent.click(document.querySelector<HTMLButtonElement>('button[data-finding="alignment/unknown-code"]')!);
    await waitFor(() => expect(wb.selections.at(-1)).toEqual({ sheet: "โครงการ", address: "AY6" }));
  });

  it("lists the projects over the ceiling in priority order, each a click from its budget cell", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    mount(wb);
    await check();
    const result = checkGrids(grids);
    const split = ceilingSplit(result.model);
    const over = result.model.projects.rows.filter((_, i) => split.places[i] === "over");
    expect(over).toHaveLength(3);
    expect(screen.getByTestId("ceiling-totals").textContent).toBe(
      "ภายในกรอบวงเงิน 22 โครงการ 74,000,000 บาท · เกินกรอบวงเงิน 3 โครงการ 13,500,000 บาท · รับทราบ 1 โครงการ",
    );
    const items = [...document.querySelectorAll<HTMLButtonElement>("button[data-over-ceiling]")];
    expect(items.map((b) => b.getAttribute("data-over-ceiling"))).toEqual(over.map((p) => p.code));
    const budgetColumn = result.model.projects.columns.budget;
    expect(items.map((b) => b.getAttribute("data-cell"))).toEqual(over.map((p) => `${budgetColumn}${p.$row}`));
    fireEvent.click(items[0]);
    await waitFor(() => expect(wb.selections.at(-1)).toEqual({ sheet: "โครงการ", address: `${budgetColumn}${over[0].$row}` }));
  });

  it("the score tab says the FY2570 pack defines no KPI for the year, not that the province is not assessed", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    mount(wb);
    fireEvent.click(screen.getByRole("tab", { name: "คำนวณคะแนน" }));
    fireEvent.click(screen.getByRole("button", { name: "คำนวณคะแนน" }));
    const none = await screen.findByTestId("kpi-none", undefined, { timeout: 10_000 });
    expect(none.textContent).toBe("ชุดกติกา FY2570 ไม่ได้กำหนดตัวชี้วัดสำหรับปีงบประมาณ 2570 จึงไม่มีคะแนนให้คำนวณ");
    expect(screen.queryByText("ไม่ต้องประเมิน")).toBeNull();
    await waitFor(() => expect(wb.sheet("คะแนน")).toBeTruthy());
    expect(wb.sheet("คะแนน")!.cells.flat()).toContain("ชุดกติกา FY2570 ไม่ได้กำหนดตัวชี้วัดสำหรับปีงบประมาณ 2570");
  });

  it("a FY2552 workbook shows the FY2552 pack and no ceiling split", async () => {
    mount(FakeWorkbook.fromGrids(planWorkbook(3)));
    await check();
    expect(screen.getByTestId("check-pack").textContent).toMatch(/^ชุดกติกา FY2552 \(ปีงบประมาณ 2552\)/);
    expect(screen.queryByTestId("ceiling")).toBeNull();
    const listed = [...document.querySelectorAll("li[data-criterion]")].map((li) => li.getAttribute("data-criterion"));
    expect(listed).toContain("kpi");
    expect(listed).not.toContain("alignment");
  });
});

describe("สร้างแม่แบบ for a chosen fiscal year", () => {
  const scaffold = async (year: string) => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    mount(wb);
    fireEvent.click(screen.getByRole("tab", { name: "สร้างแม่แบบ" }));
    fireEvent.change(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" }), { target: { value: year } });
    return wb;
  };
  const header = (wb: FakeWorkbook, sheet: string) => wb.sheet(sheet)!.cells[0];
  const info = (wb: FakeWorkbook, key: Parameters<typeof infoValueCell>[0]) => {
    const m = /^([A-Z]+)(\d+)$/.exec(infoValueCell(key))!;
    return wb.sheet(infoSheet.name)!.cells[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  };

  it("FY2570: the FY2570 pack's alignment columns, 20-year goal sheet, plan period and review edition", async () => {
    const wb = await scaffold("2570");
    expect(screen.getByTestId("scaffold-pack").textContent).toContain("ชุดกติกา FY2570 (ปีงบประมาณ 2566–2570)");
    expect(screen.getByTestId("scaffold-pack").textContent).toContain("แผ่นงานเป้าหมาย 20 ปี");
    fireEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบ ปีงบประมาณ 2570" }));
    await screen.findByText(/สร้างแผ่นงานแล้ว/);
    expect(wb.sheet(goal20Sheet.name)).toBeTruthy();
    expect(header(wb, projectsSheet.name)).toContain("ยุทธศาสตร์ชาติ (ด้าน)");
    expect(info(wb, "fiscalYear")).toBe(2570);
    expect(info(wb, "planFirstYear")).toBe(2566);
    expect(info(wb, "planLastYear")).toBe(2570);
    expect(String(info(wb, "planEdition"))).toContain("2570");
    // The scaffolded workbook is checked under the pack it was made for.
    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ" }));
    await check();
    expect(screen.getByTestId("check-pack").textContent).toMatch(/^ชุดกติกา FY2570/);
  });

  it("FY2552: the template as before, with no alignment columns or 20-year goal sheet", async () => {
    const wb = await scaffold("2552");
    expect(screen.getByTestId("scaffold-pack").textContent).toContain("แม่แบบมาตรฐาน");
    fireEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบ ปีงบประมาณ 2552" }));
    await screen.findByText(/สร้างแผ่นงานแล้ว/);
    expect(wb.sheet(goal20Sheet.name)).toBeUndefined();
    expect(header(wb, projectsSheet.name)).not.toContain("ยุทธศาสตร์ชาติ (ด้าน)");
    expect(info(wb, "fiscalYear")).toBe(2552);
  });

  it("refuses a year that is not four Buddhist Era digits", async () => {
    await scaffold("70");
    expect(screen.getByText("ใส่ปี พ.ศ. 4 หลัก เช่น 2570")).toBeTruthy();
    expect((screen.getByRole("button", { name: "สร้างแม่แบบ" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
