// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkGrids, UserError } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import JSZip from "jszip";
import { wordBuilder } from "../../addin/logic/documents";
import { App } from "../../addin/ui/App";
import { fakeExcel, FakeWorkbook } from "./fake-excel";
import { planWorkbook } from "./fixtures";

afterEach(cleanup);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function mount(wb: FakeWorkbook, props: Partial<Parameters<typeof App>[0]> = {}) {
  const port = createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner);
  render(<App port={port} {...props} />);
  return port;
}

describe("the task pane", () => {
  it("speaks Thai by default and English on the switch", () => {
    mount(FakeWorkbook.fromGrids(planWorkbook(3)));
    expect(screen.getByRole("tab", { name: "ตรวจสอบ" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "คำนวณคะแนน" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "ส่งออก Word" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "สร้างแม่แบบ" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check the plan" })).toBeTruthy();
  });

  it("follows Office's display language when it is not Thai", () => {
    mount(FakeWorkbook.fromGrids(planWorkbook(3)), { displayLanguage: "en-US" });
    expect(screen.getByRole("tab", { name: "Score" })).toBeTruthy();
  });

  it("checks the workbook, groups findings with counts, and selects a finding's cell", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(20));
    const expected = checkGrids(planWorkbook(20)).findings;
    expect(expected.length).toBeGreaterThan(0);
    mount(wb);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    await screen.findByText(`ผลการตรวจ ตราด · ทั้งหมด ${expected.length} รายการ`);
    const errors = expected.filter((f) => f.severity === "error").length;
    expect(screen.getByText(`ต้องแก้ไข ${errors}`)).toBeTruthy();
    const first = expected[0];
    const items = document.querySelectorAll<HTMLButtonElement>(`button[data-finding="${first.ruleId}"]`);
    expect(items.length).toBeGreaterThan(0);
    fireEvent.click(items[0]);
    await waitFor(() => expect(wb.selections).toHaveLength(1));
    const shown = items[0].textContent ?? "";
    expect(shown).toContain(`เซลล์ ${wb.selections[0].address}`);
    expect(shown).toContain(`แผ่นงาน ${wb.selections[0].sheet}`);
    expect(wb.sheet("ผลการตรวจ")).toBeTruthy();
  });

  it("computes the KPI score into the คะแนน sheet and shows it", async () => {
    // planWorkbook is ตราด, FY 2552: assessed for KPI 3.6, with no step done, so level 1 is not met.
    const wb = FakeWorkbook.fromGrids(planWorkbook(5));
    mount(wb);
    fireEvent.click(screen.getByRole("tab", { name: "คำนวณคะแนน" }));
    fireEvent.click(screen.getByRole("button", { name: "คำนวณคะแนน" }));
    expect(await screen.findByText("ไม่ผ่านระดับ 1")).toBeTruthy();
    expect(screen.getByTestId("kpi-weighted").textContent).toBe("0");
    // The bundled pack matching the workbook's year, as the CLI's default.
    expect(screen.getByTestId("kpi-pack").textContent).toBe("ชุดกติกา FY2552 (ปีงบประมาณ 2552)");
    await waitFor(() => expect(wb.sheet("คะแนน")).toBeTruthy());
    const rows = wb.sheet("คะแนน")!.cells.map((r) => r.slice(0, 2));
    expect(rows).toContainEqual(["ต้องประเมิน", "ใช่"]);
    expect(rows).toContainEqual(["คะแนน", 0]);
    expect(rows).toContainEqual(["คะแนนถ่วงน้ำหนัก", 0]);
    expect(rows).toContainEqual(["สรุป", "ไม่ผ่านระดับ 1"]);
  });

  it("shows a user error in the pane's language, and switches with it", async () => {
    const checker = async () => {
      throw new UserError("ตรวจสมุดงานไม่สำเร็จ", "the check failed");
    };
    mount(FakeWorkbook.fromGrids(planWorkbook(1)), { checker });
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    await screen.findByText("เกิดข้อผิดพลาด: ตรวจสมุดงานไม่สำเร็จ");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    await screen.findByText("Something went wrong: the check failed");
  });

  it("scaffolds the template sheets in a blank workbook", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    mount(wb);
    fireEvent.click(screen.getByRole("tab", { name: "สร้างแม่แบบ" }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบ" }));
    await screen.findByText(/สร้างแผ่นงานแล้ว \(14\)/);
    expect(wb.sheet("โครงการ")).toBeTruthy();
  });

  it("says when the Word builders are missing, and saves a built document when they exist", async () => {
    mount(FakeWorkbook.fromGrids(planWorkbook(2)));
    fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
    expect(screen.getByText(/ตัวสร้างเอกสาร Word ยังไม่พร้อม/)).toBeTruthy();
    cleanup();
    const saveFile = vi.fn();
    const buildDocument = vi.fn(async () => new Blob(["docx"]));
    mount(FakeWorkbook.fromGrids(planWorkbook(2)), { buildDocument, saveFile });
    fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
    const row = screen.getByText("แบบเสนอโครงการ").parentElement!;
    fireEvent.click(within(row).getByRole("button"));
    await screen.findByText("บันทึกแล้ว: ตราด-2552-3-แบบเสนอโครงการ.docx");
    expect(buildDocument).toHaveBeenCalledWith("proposals", expect.objectContaining({ province: "ตราด" }));
    expect(saveFile).toHaveBeenCalledWith(expect.any(Blob), "ตราด-2552-3-แบบเสนอโครงการ.docx");
  });

  it("builds a real Word document with the shared builders", async () => {
    const saveFile = vi.fn();
    mount(FakeWorkbook.fromGrids(planWorkbook(4)), { buildDocument: wordBuilder, saveFile });
    fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
    const row = screen.getByText("แผนปฏิบัติราชการประจำปี").parentElement!;
    fireEvent.click(within(row).getByRole("button"));
    await screen.findByText(/^บันทึกแล้ว: ตราด-2552-2-แผนปฏิบัติราชการประจำปี\.docx$/, undefined, { timeout: 20_000 });
    const [blob] = saveFile.mock.calls[0] as [Blob, string];
    // jsdom's Blob has no arrayBuffer(); FileReader reads it the way a browser would.
    const bytes = await new Promise<ArrayBuffer>((ok) => {
      const reader = new FileReader();
      reader.onload = () => ok(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    const zip = await JSZip.loadAsync(bytes);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("P0004");
    // The cover's letterhead names the province's committee and office, as the CLI's documents do.
    expect(body).toContain("ฝ่ายเลขานุการคณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดตราด");
    expect(body).toContain("สำนักงานจังหวัดตราด ศาลากลางจังหวัดตราด");
  });

  it("re-checks by itself after the planner edits, when live re-check is on", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(3));
    mount(wb);
    fireEvent.click(screen.getByRole("switch"));
    await waitFor(() => expect(wb.changeHandlers.size).toBe(1));
    await wb.userEdit("โครงการ", "H3", "");
    await screen.findByText(/ผลการตรวจ ตราด · ทั้งหมด \d+ รายการ/, undefined, { timeout: 4000 });
    fireEvent.click(screen.getByRole("switch"));
    await waitFor(() => expect(wb.changeHandlers.size).toBe(0));
  });
});
