// @vitest-environment jsdom
/**
 * เทียบกับฉบับก่อน in the pane: the planner picks the ตราด sample as the
 * earlier version while the open workbook holds the check's planted changes
 * (TR52-001 cut by 1,000,000, TR52-003 removed, TR52-900 added, TR52-005
 * renamed TR52-905, TR52-006 rejected); the report shows exactly those, the
 * Word comparison carries them, a hostile file is the gate's refusal in Thai
 * then English, and two provinces are refused unless the planner ticks the box.
 */
import { cleanup, fireEvent, render, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { UserError, type Grid } from "../../core";
import { gateWorkbook } from "../../generator/gate";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import { workbookFileName } from "../../addin/office/host";
import type { SaveFile } from "../../addin/office/save";
import { App } from "../../addin/ui/App";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";
import { docxText } from "../generator/documents-fixture";
import { tempDir, writeGrids } from "../generator/reader-workbooks";
import { copyGrids, plantedChanges, sampleGrids, TRAT_SAMPLE } from "../helpers/plan-versions";
import { buildCorpus } from "../hostile/corpus";
import { screen } from "./screen";
import { fakeExcel, fakeHost, FakeWorkbook } from "./fake-excel";

afterEach(cleanup);

window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

let older: Grid[];
const sampleBytes = readFileSync(TRAT_SAMPLE);

beforeAll(async () => {
  older = await sampleGrids();
});

function mount(grids: Grid[], saveFile: SaveFile = async (_b, name) => ({ kind: "downloaded", name }), workbookName?: string) {
  const wb = FakeWorkbook.fromGrids(grids);
  const port = createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));
  render(<App port={port} engine={inPlaceEngine()} saveFile={saveFile} workbookName={workbookName} />);
  fireEvent.click(screen.getByRole("tab", { name: "เทียบกับฉบับก่อน" }));
}

function pick(name: string, bytes: Uint8Array) {
  const file = new File([bytes as BlobPart], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const input = screen.getByLabelText<HTMLInputElement>("เลือกไฟล์ฉบับก่อน");
  expect(input.type).toBe("file");
  expect(input.accept).toBe(".xlsx");
  fireEvent.change(input, { target: { files: [file] } });
}

function gateRefusal(name: string, bytes: Uint8Array): UserError {
  try {
    gateWorkbook(name, bytes, { valuesOnly: true });
  } catch (e) {
    if (e instanceof UserError) return e;
  }
  throw new Error(`the gate did not refuse ${name}`);
}

const items = (testId: string) => [...within(screen.getByTestId(testId)).getAllByRole("listitem")];
const projectsListed = (testId: string) => items(testId).map((li) => li.textContent!.split(" ")[0]);

describe("เทียบกับฉบับก่อน", () => {
  it("shows exactly the planted changes, budget cuts first, as phaen diff reports them", async () => {
    mount(plantedChanges(older));
    pick("ตราด-ฉบับก่อน.xlsx", sampleBytes);
    const report = await screen.findByTestId("compare-report", undefined, { timeout: 20_000 });
    expect(report.textContent).toContain("ฉบับเดิม: ตราด-ฉบับก่อน.xlsx");
    expect(report.textContent).toContain("ฉบับใหม่: สมุดงานที่เปิดอยู่ (ปีงบประมาณ 2552");
    expect(items("compare-cuts").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^TR52-001 .*: -1,000,000 บาท \(-11\.24 %\)$/),
    ]);
    expect(projectsListed("compare-removed")).toEqual(["TR52-003"]);
    expect(projectsListed("compare-added")).toEqual(["TR52-900"]);
    const changed = [...screen.getByTestId("compare-changed").querySelectorAll("li[data-project]")];
    expect(changed.map((li) => li.getAttribute("data-project")).sort()).toEqual(["TR52-001", "TR52-006", "TR52-905"]);
    const of = (code: string) => changed.find((li) => li.getAttribute("data-project") === code)!;
    expect([...of("TR52-001").querySelectorAll("li[data-field]")].map((f) => f.getAttribute("data-field"))).toEqual(["budget"]);
    expect(of("TR52-006").textContent).toMatch(/อนุมัติ → ไม่อนุมัติ/);
    expect(of("TR52-905").textContent).toContain("จับคู่ด้วยชื่อ เดิมรหัส TR52-005");
    // Totals by kind, source and issue: the cut and the swap of TR52-003 for TR52-900 move the budget by -1,000,000.
    expect(screen.getByTestId("compare-summary").textContent).toMatch(/\(-1,000,000\)$/);
    expect(within(screen.getByTestId("compare-totals")).getAllByRole("table")).toHaveLength(3);
    expect(screen.getByTestId("compare-findings").textContent).toContain("ข้อค้นพบตามหลักเกณฑ์");
    // The comparison stays while the planner looks at another tab.
    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ" }));
    fireEvent.click(screen.getByRole("tab", { name: "เทียบกับฉบับก่อน" }));
    expect(screen.getByTestId("compare-report")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByTestId("compare-report").textContent).toContain("Committee decision: Approved → Rejected");
  });

  it("exports the Word comparison (ตารางเปรียบเทียบ) with the changes in its table", async () => {
    const saved: [Uint8Array, string][] = [];
    const saveFile: SaveFile = async (bytes, name) => (saved.push([bytes, name]), { kind: "downloaded", name });
    // Office's document URL names the open workbook (workbookFileName): the report and the document say which two files.
    mount(
      plantedChanges(older),
      saveFile,
      workbookFileName(
        "https://example.sharepoint.com/Shared%20Documents/%E0%B8%95%E0%B8%A3%E0%B8%B2%E0%B8%94-%E0%B8%A3%E0%B8%AD%E0%B8%9A2.xlsx?web=1",
      ),
    );
    pick("ตราด-ฉบับก่อน.xlsx", sampleBytes);
    fireEvent.click(await screen.findByRole("button", { name: "ส่งออกตารางเปรียบเทียบ (Word)" }, { timeout: 20_000 }));
    expect(screen.getByTestId("compare-report").textContent).toContain("ฉบับใหม่: ตราด-รอบ2.xlsx (สมุดงานที่เปิดอยู่");
    await screen.findByText(/^ส่งไฟล์ให้ดาวน์โหลดแล้ว: ตราด-2552-ตารางเปรียบเทียบแผนและโครงการ\.docx/, undefined, { timeout: 20_000 });
    expect(saved).toHaveLength(1);
    const text = await docxText(Buffer.from(saved[0][0]));
    expect(text).toContain("ตารางเปรียบเทียบแผนและโครงการ");
    const cuts = text.slice(text.indexOf("สรุปการปรับลดงบประมาณ"), text.indexOf("งบประมาณรวมก่อนและหลัง"));
    expect(cuts).toContain("TR52-001");
    expect(cuts).toContain("-1,000,000");
    expect(cuts).toContain("TR52-003");
    expect(text).toContain("TR52-905 (เดิม TR52-005)");
    expect(text).toContain("TR52-900");
    expect(text).toContain("ฉบับเดิม: ตราด-ฉบับก่อน.xlsx");
    expect(text).toContain("ฉบับใหม่: ตราด-รอบ2.xlsx");
  });

  it("refuses a hostile or unreadable file with the gate's reason, Thai then English, and keeps working", async () => {
    mount(plantedChanges(older));
    const names = ["crc-mismatch.xlsx", "sheet-size-lie.xlsx", "rows-over-limit.xlsx", "truncated.xlsx", "shared-strings-bad-utf8.xlsx"];
    const hostile = buildCorpus().filter((f) => names.includes(f.name));
    expect(hostile.map((f) => f.name).sort()).toEqual([...names].sort());
    for (const f of [{ name: "แผน.xlsx", bytes: new TextEncoder().encode("code,name\nTR52-001,x\n") }, ...hostile]) {
      pick(f.name, f.bytes);
      const lines = () => [...(screen.queryByTestId("compare-problem")?.querySelectorAll("[data-line]") ?? [])].map((s) => s.textContent!);
      await waitFor(() => expect(lines()[0]?.startsWith(`${f.name}: `)).toBe(true), { timeout: 20_000 });
      // The gate's own refusal: the file's name and the reason in Thai, then the same in English.
      const refusal = gateRefusal(f.name, f.bytes);
      expect(lines()).toEqual([`${f.name}: ${refusal.th}`, refusal.en]);
      expect(refusal.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(screen.queryByTestId("compare-report")).toBeNull();
    }
    pick("ตราด-ฉบับก่อน.xlsx", sampleBytes);
    await screen.findByTestId("compare-report", undefined, { timeout: 20_000 });
    expect(screen.queryByTestId("compare-problem")).toBeNull();
  });

  it("refuses a workbook that is not a plan, saying so", async () => {
    mount(plantedChanges(older));
    const file = await writeGrids(`${tempDir("phaen-compare-")}/งบ.xlsx`, [
      {
        sheet: "Sheet1",
        topLeft: "A1",
        rows: [
          ["รายการ", "งบ"],
          ["ก", 1],
        ],
      },
    ]);
    pick("งบ.xlsx", readFileSync(file));
    const problem = await screen.findByTestId("compare-problem", undefined, { timeout: 20_000 });
    expect(problem.textContent).toContain("งบ.xlsx: ไฟล์ที่เลือกไม่ใช่แผนที่ใช้แม่แบบ");
    expect(screen.queryByTestId("compare-report")).toBeNull();
  });

  it("refuses two provinces with a clear message unless 'compare across provinces' is ticked", async () => {
    const other = copyGrids(older);
    const row = other.find((g) => g.sheet === "ข้อมูลทั่วไป")!.rows.find((r) => r.includes("province"))!;
    row[row.indexOf("ตราด")] = "จันทบุรี";
    mount(other);
    pick("ตราด.xlsx", sampleBytes);
    const problem = await screen.findByTestId("compare-problem", undefined, { timeout: 20_000 });
    expect(problem.textContent).toContain("ตราด.xlsx: เป็นแผนต่างจังหวัดกัน (ไฟล์ที่เลือกเป็นของ ตราด สมุดงานที่เปิดอยู่เป็นของ จันทบุรี)");
    expect(problem.textContent).toContain("different provinces");
    fireEvent.click(screen.getByRole("checkbox", { name: "เทียบต่างจังหวัดได้" }));
    pick("ตราด.xlsx", sampleBytes);
    await screen.findByTestId("compare-report", undefined, { timeout: 20_000 });
    expect(screen.getByTestId("compare-report").textContent).toContain("เปรียบเทียบแผน จันทบุรี");
  });
});

describe("the open workbook's name for the comparison", () => {
  it("is the last part of Office's document URL or path, decoded; none for an unsaved workbook", () => {
    expect(workbookFileName("C:\\Users\\แผน\\ตราด 2553.xlsx")).toBe("ตราด 2553.xlsx");
    expect(workbookFileName("/Users/plan/Documents/ตราด.xlsm")).toBe("ตราด.xlsm");
    expect(workbookFileName("https://d.docs.live.net/abc/%E0%B8%95%E0%B8%A3%E0%B8%B2%E0%B8%94.xlsx")).toBe("ตราด.xlsx");
    expect(workbookFileName("")).toBeUndefined();
    expect(workbookFileName(undefined)).toBeUndefined();
    expect(workbookFileName("Book1")).toBeUndefined();
  });
});
