// @vitest-environment jsdom
/**
 * What a screen-reader user meets on every tab: no two buttons share an accessible name (each
 * finding, project over the ceiling and action says what it is), and results and errors land in
 * live regions, so they are announced when they arrive.
 */
import { cleanup, fireEvent } from "@testing-library/react";
import { resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import { App } from "../../addin/ui/App";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";
import { gridsFromWorkbook, loadWorkbook } from "../../generator/reader";
import { fakeExcel, fakeHost, FakeWorkbook } from "./fake-excel";
import { renderHere, screen } from "./screen";

afterEach(cleanup);
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let grids: Grid[];
beforeAll(async () => {
  grids = gridsFromWorkbook(await loadWorkbook(resolve(__dirname, "../../templates/samples/khon-kaen-2570.xlsx")));
});

/** A button's accessible name as a screen reader reads it: aria-label, else aria-labelledby's text, else its text. */
function nameOf(b: Element): string {
  const labelledBy = b.getAttribute("aria-labelledby");
  const name =
    b.getAttribute("aria-label") ??
    (labelledBy
      ? labelledBy
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
      : b.textContent);
  return (name ?? "").replace(/\s+/g, " ").trim();
}

const TABS = ["ตรวจสอบ", "คำนวณคะแนน", "ส่งออก Word", "สร้างแม่แบบ"];

describe("accessible names and live regions", () => {
  it("every button on every tab has a name of its own, after a check of the FY2570 sample", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    renderHere(
      <App
        port={createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb))}
        engine={inPlaceEngine()}
        saveFile={async (_b, name) => ({ kind: "downloaded", name })}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    await screen.findByTestId("verdict", undefined, { timeout: 10_000 });
    for (const tab of TABS) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      const names = [...document.querySelectorAll("button")].filter((b) => b.getAttribute("role") !== "tab").map(nameOf);
      expect(names.length, tab).toBeGreaterThan(1);
      expect(
        names.filter((n) => n === ""),
        tab,
      ).toEqual([]);
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        tab,
      ).toEqual([]);
    }
  });

  it("results and errors are announced: each lands in a live region", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    renderHere(
      <App
        port={createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb))}
        engine={inPlaceEngine()}
        saveFile={async (_b, name) => ({ kind: "downloaded", name })}
      />,
    );
    const live = (el: Element | null) => Boolean(el?.closest('[aria-live], [role="alert"], [role="status"]'));
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    expect(live(await screen.findByTestId("verdict", undefined, { timeout: 10_000 }))).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: "คำนวณคะแนน" }));
    expect(live(screen.getByTestId("kpi-none"))).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: "สร้างแม่แบบ" }));
    fireEvent.click(screen.getByRole("button", { name: /^สร้างแม่แบบ ปีงบประมาณ/ }));
    // The workbook already has its sheets: the outcome (all skipped) is announced.
    expect(live(await screen.findByText(/^มีอยู่แล้ว \(ไม่แก้ไข\)/))).toBe(true);
    // An error of the pane's own: the sheet of a finding gone since the check.
    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ" }));
    wb.sheets.splice(
      wb.sheets.findIndex((s) => s.name === "โครงการ"),
      1,
    );
    fireEvent.click(document.querySelector<HTMLButtonElement>('button[data-finding="alignment/unknown-code"]')!);
    const alert = await screen.findByText(/ไปที่เซลล์ โครงการ!AY6 ไม่ได้/);
    expect(live(alert)).toBe(true);
  });

  it("says where the findings and score went when the planner has sheets named ผลการตรวจ and คะแนน, and leaves those alone", async () => {
    const wb = FakeWorkbook.fromGrids(grids);
    wb.setCell(wb.addSheet("ผลการตรวจ"), 0, 0, "บันทึกของฉัน");
    wb.setCell(wb.addSheet("คะแนน"), 0, 0, "คะแนนที่ฉันคิดเอง");
    renderHere(
      <App
        port={createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb))}
        engine={inPlaceEngine()}
        saveFile={async (_b, name) => ({ kind: "downloaded", name })}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    const note = await screen.findByTestId("written-beside", undefined, { timeout: 10_000 });
    expect(note.textContent).toBe("แผ่นงานชื่อเดียวกันเป็นของผู้จัดทำแผน จึงไม่เขียนทับ: บันทึกผลไว้ในแผ่นงาน “ผลการตรวจ (แผน)” แทน");
    expect(note.getAttribute("role")).toBe("status");
    fireEvent.click(screen.getByRole("tab", { name: "คำนวณคะแนน" }));
    fireEvent.click(screen.getByRole("button", { name: "คำนวณคะแนน" }));
    await screen.findByText(/“คะแนน \(แผน\)” แทน$/);
    expect(wb.sheet("ผลการตรวจ")!.cells).toEqual([["บันทึกของฉัน"]]);
    expect(wb.sheet("คะแนน")!.cells).toEqual([["คะแนนที่ฉันคิดเอง"]]);
  });
});
