// @vitest-environment jsdom
/**
 * The score tab explains itself: levels are cumulative, each level not met says why it stops,
 * and where the sheet's own formula cells differ from core the real reason comes first (here a
 * formula the planner typed over), on the tab and on the คะแนน sheet.
 */
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NAMED_CELLS } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import { App } from "../../addin/ui/App";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";
import { fakeExcel, fakeHost, FakeWorkbook } from "./fake-excel";
import { renderHere, screen } from "./screen";
import { planWorkbook } from "./fixtures";

afterEach(cleanup);
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

describe("the score tab's reasons", () => {
  it("puts a typed-over formula cell first, says levels are cumulative and why each level stops", async () => {
    // planWorkbook is ตราด FY2552 with no KPI step done: core says level 0; the sheet's level cell was typed over with 3.
    const wb = FakeWorkbook.fromGrids(planWorkbook(3));
    const { sheet, cell } = NAMED_CELLS.kpiLevel;
    const kpi = wb.sheet(sheet) ?? wb.addSheet(sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    wb.setCell(kpi, Number(m[2]) - 1, m[1].charCodeAt(0) - 65, 3);
    wb.names.set(NAMED_CELLS.kpiLevel.name, { sheet, address: cell });
    renderHere(
      <App
        port={createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb))}
        engine={inPlaceEngine()}
        saveFile={async (_b, name) => ({ kind: "downloaded", name })}
      />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "คำนวณคะแนน" }));
    fireEvent.click(screen.getByRole("button", { name: "คำนวณคะแนน" }));
    const title = await screen.findByText("ค่าในสูตรของแม่แบบต่างจากที่คำนวณ", undefined, { timeout: 10_000 });
    const bar = title.closest(".fui-MessageBar")!;
    expect(bar.textContent).toContain(`เซลล์ ${sheet}!${cell} ถูกพิมพ์ทับสูตรของแม่แบบด้วยค่า "3"`);
    const levels = document.querySelectorAll("[data-level]");
    expect(levels.length).toBeGreaterThan(0);
    // At the top: before the figures and the levels.
    expect(bar.compareDocumentPosition(levels[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/^ระดับสะสม: ต้องผ่านทุกขั้นของระดับก่อนหน้า/)).toBeTruthy();
    expect(levels[0].textContent).toMatch(/ระดับ 1: ไม่ผ่าน.*✗/);
    // The result is announced.
    expect(screen.getByTestId("score-result").getAttribute("aria-live")).toBe("polite");
    await waitFor(() => expect(wb.sheet("คะแนน")).toBeTruthy());
    expect(
      wb
        .sheet("คะแนน")!
        .cells.flat()
        .some((v) => typeof v === "string" && v.includes("ถูกพิมพ์ทับสูตร")),
    ).toBe(true);
  });
});
