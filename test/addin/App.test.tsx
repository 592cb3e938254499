import { UserError } from "../../core";
// @vitest-environment jsdom
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkGrids } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import JSZip from "jszip";
import type { SaveFile } from "../../addin/office/save";
import { App } from "../../addin/ui/App";
import { PAGE_SIZE } from "../../addin/ui/FindingsPanel";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";
import { tratGrids } from "../../bench/_scaled";
import { fakeExcel, fakeHost, FakeWorkbook } from "./fake-excel";
import { renderHere, screen } from "./screen";
import { planWorkbook } from "./fixtures";

afterEach(cleanup);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const downloads: SaveFile = async (_bytes, name) => ({ kind: "downloaded", name });

function mount(wb: FakeWorkbook, props: Partial<Parameters<typeof App>[0]> = {}) {
  const port = createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));
  renderHere(<App port={port} engine={inPlaceEngine()} saveFile={downloads} {...props} />);
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
    expect(screen.getByTestId("verdict").textContent).toContain(`ต้องแก้ไข ${errors}`);
    const first = expected[0];
    const items = document.querySelectorAll<HTMLButtonElement>(`button[data-finding="${first.ruleId}"]`);
    expect(items.length).toBeGreaterThan(0);
    fireEvent.click(items[0]);
    await waitFor(() => expect(wb.selections).toHaveLength(1));
    const shown = items[0].textContent ?? "";
    expect(shown).toContain(`เซลล์ ${wb.selections[0].address}`);
    expect(shown).toContain(`แผ่นงาน ${wb.selections[0].sheet}`);
    await waitFor(() => expect(wb.sheet("ผลการตรวจ")).toBeTruthy());
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
    expect(screen.getByTestId("kpi-pack").textContent).toBe(
      "ชุดกติกา FY2552 (ปีงบประมาณ 2552) · พระราชกฤษฎีกาว่าด้วยการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ พ.ศ. 2551",
    );
    await waitFor(() => expect(wb.sheet("คะแนน")).toBeTruthy());
    const rows = wb.sheet("คะแนน")!.cells.map((r) => r.slice(0, 2));
    expect(rows).toContainEqual(["ต้องประเมิน", "ใช่"]);
    expect(rows).toContainEqual(["คะแนน", 0]);
    expect(rows).toContainEqual(["คะแนนถ่วงน้ำหนัก", 0]);
    expect(rows).toContainEqual(["สรุป", "ไม่ผ่านระดับ 1"]);
  });

  it("shows a user error in the pane's language, and switches with it", async () => {
    const engine = {
      ...inPlaceEngine(),
      check: async () => {
        throw new UserError("ตรวจสมุดงานไม่สำเร็จ", "the check failed");
      },
    };
    mount(FakeWorkbook.fromGrids(planWorkbook(1)), { engine });
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
    // The template of the FY2552 pack (today's fiscal year would pick the pack in force now).
    fireEvent.change(screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" }), { target: { value: "2552" } });
    fireEvent.click(screen.getByRole("button", { name: "สร้างแม่แบบ ปีงบประมาณ 2552" }));
    await screen.findByText(/สร้างแผ่นงานแล้ว \(14\)/);
    expect(wb.sheet("โครงการ")).toBeTruthy();
  });

  it("builds all five Word documents in one go, naming each step, and says what the host did with each", async () => {
    const saved: [Uint8Array, string][] = [];
    const saveFile: SaveFile = async (bytes, name) => (saved.push([bytes, name]), { kind: "downloaded", name });
    mount(FakeWorkbook.fromGrids(planWorkbook(4)), { saveFile });
    fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างทั้ง 5 เอกสาร" }));
    expect(await screen.findByRole("button", { name: "ยกเลิก ส่งออก Word" })).toBeTruthy();
    await screen.findByText(/^ส่งไฟล์ให้ดาวน์โหลดแล้ว: ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3\.6\.docx/, undefined, { timeout: 20_000 });
    expect(saved.map(([, n]) => n)).toEqual([
      "ตราด-2552-1-แผนพัฒนาจังหวัด.docx",
      "ตราด-2552-2-แผนปฏิบัติราชการประจำปี.docx",
      "ตราด-2552-3-แบบเสนอโครงการ.docx",
      "ตราด-2552-4-รายงานผลการพิจารณากลั่นกรอง.docx",
      "ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3.6.docx",
    ]);
    const zip = await JSZip.loadAsync(saved[1][0]);
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("P0004");
    // The cover's letterhead names the province's committee and office, as the CLI's documents do.
    expect(body).toContain("ฝ่ายเลขานุการคณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดตราด");
    expect(body).toContain("สำนักงานจังหวัดตราด ศาลากลางจังหวัดตราด");
    expect(screen.queryByText(/^บันทึกแล้ว/)).toBeNull();
  });

  it("on Excel for Mac says the file could not be saved and what to do instead, never 'saved'", async () => {
    const saveFile: SaveFile = async (_b, name) => ({ kind: "cannot-save", name });
    mount(FakeWorkbook.fromGrids(planWorkbook(2)), { saveFile });
    fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
    for (const k of ["แผนพัฒนาจังหวัด/กลุ่มจังหวัด", "แผนปฏิบัติราชการประจำปี", "แบบเสนอโครงการ", "รายงานผลการพิจารณากลั่นกรอง"])
      fireEvent.click(screen.getByRole("checkbox", { name: k }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างและบันทึก" }));
    expect(await screen.findByText(/Excel for Mac ไม่อนุญาตให้โปรแกรมเสริมบันทึกไฟล์.*Excel บนเว็บ/, undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByText(/บันทึกแล้ว/)).toBeNull();
  });

  it("a blank workbook: the error says in Thai to use the Create template tab, and clears when the next action succeeds", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    mount(wb);
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/ไม่พบแผ่นงาน.*ใช้แท็บสร้างแม่แบบ/));
    expect(screen.getByRole("alert").textContent).not.toMatch(/[A-Za-z]{4,}/);
    fireEvent.click(screen.getByRole("tab", { name: "สร้างแม่แบบ" }));
    fireEvent.click(screen.getByRole("button", { name: /^สร้างแม่แบบ ปีงบประมาณ \d{4}$/ }));
    await screen.findByText(/สร้างแผ่นงานแล้ว/);
    await waitFor(() => expect(screen.getAllByRole("alert").map((a) => a.textContent)).toEqual([""]));
    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ" }));
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    await screen.findByTestId("verdict");
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(""));
  });

  it("shows the verdict and the whole checklist, pages a long list, filters, and walks with next finding", async () => {
    const grids = tratGrids(600);
    const expected = checkGrids(grids);
    mount(FakeWorkbook.fromGrids(grids));
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน" }));
    const verdict = await screen.findByTestId("verdict", undefined, { timeout: 20_000 });
    expect(verdict.textContent).toContain(expected.counts.error ? "ยังไม่ผ่านเกณฑ์" : "ผ่านเกณฑ์");
    expect(verdict.textContent).toContain(expected.findings.length.toLocaleString("en-US"));
    const checklist = document.querySelectorAll("li[data-criterion]");
    expect([...checklist].map((li) => li.getAttribute("data-criterion"))).toContain("4.4");
    expect([...checklist].some((li) => li.getAttribute("data-status") === "pass")).toBe(true);
    expect(document.querySelectorAll("button[data-finding]").length).toBe(Math.min(PAGE_SIZE, expected.findings.length));
    fireEvent.click(screen.getByRole("button", { name: "รายการถัดไป" }));
    await waitFor(() => expect(document.querySelectorAll("button[data-visited]").length).toBe(1));
    const infoOnly = expected.findings.filter((f) => f.severity === "info").length;
    fireEvent.change(screen.getByRole("combobox", { name: "กรองตามความรุนแรง" }), { target: { value: "info" } });
    const shown = document.querySelectorAll("button[data-finding]");
    expect(shown.length).toBe(Math.min(PAGE_SIZE, infoOnly));
    // Information notes carry no "how to fix" line.
    for (const b of shown) expect(b.textContent).not.toContain("วิธีแก้ไข");
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
