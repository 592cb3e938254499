// @vitest-environment jsdom
/**
 * Live re-check on Excel on the web, where a dropdown choice raises no onChanged
 * (OfficeDev/office-js#3888): the cells the planner leaves are read again on the next move, and a
 * change there re-checks; moves with no edit, the add-in's own writes and other hosts do not.
 */
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
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

const adapterOf = (wb: FakeWorkbook) => createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));

describe("live re-check of dropdown choices on Excel on the web", () => {
  it("counts a dropdown choice as an edit when the planner moves on, and plain moves not at all", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(3));
    let edits = 0;
    const stop = await adapterOf(wb).watchChanges(() => void edits++);
    expect(wb.selectionHandlers.size).toBe(1);
    await wb.userSelect("โครงการ", "H3");
    await wb.userSelect("โครงการ", "H4");
    await wb.userSelect("โครงการ", "B3:D5");
    expect(edits).toBe(0);
    await wb.userSelect("โครงการ", "H3");
    wb.userPickOnWeb("โครงการ", "H3", "อปท.");
    expect(edits).toBe(0);
    await wb.userSelect("โครงการ", "H4");
    expect(edits).toBe(1);
    // A whole column selected is not read on every move (nor counted).
    await wb.userSelect("โครงการ", "H:H");
    await wb.userSelect("โครงการ", "H5");
    expect(edits).toBe(1);
    await stop();
    expect(wb.selectionHandlers.size).toBe(0);
    expect(wb.changeHandlers.size).toBe(0);
  });

  it("only on the web, where the gap is: Excel on Windows raises onChanged for dropdowns", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(1));
    wb.platform = "PC";
    await adapterOf(wb).watchChanges(() => undefined);
    expect(wb.changeHandlers.size).toBe(1);
    expect(wb.selectionHandlers.size).toBe(0);
  });

  it("the pane re-checks after a dropdown choice on the web once the planner moves to another cell, and says so", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(3));
    renderHere(<App port={adapterOf(wb)} engine={inPlaceEngine()} saveFile={async (_b, name) => ({ kind: "downloaded", name })} />);
    fireEvent.click(screen.getByRole("switch"));
    expect(screen.getByText(/การเลือกจากรายการดรอปดาวน์ไม่แจ้งการแก้ไข: โปรแกรมจะตรวจใหม่เมื่อย้ายไปเซลล์อื่น/)).toBeTruthy();
    await waitFor(() => expect(wb.selectionHandlers.size).toBe(1));
    await wb.userSelect("โครงการ", "H3");
    wb.userPickOnWeb("โครงการ", "H3", "");
    await wb.userSelect("โครงการ", "H4");
    await screen.findByText(/ผลการตรวจ ตราด · ทั้งหมด \d+ รายการ/, undefined, { timeout: 4000 });
    await waitFor(() => expect(wb.sheet("ผลการตรวจ")).toBeTruthy());
    fireEvent.click(screen.getByRole("switch"));
    await waitFor(() => expect(wb.selectionHandlers.size + wb.changeHandlers.size).toBe(0));
  });
});
