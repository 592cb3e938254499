// @vitest-environment jsdom
/**
 * Export as the CLI's `generate` offers it: all five documents in one go, `--thai-digits`, and
 * `--reference <docx>`: a reference .docx the planner picks gives the documents its letterhead
 * and styles; a file that is not a reference is refused in words and the export keeps the built-in one.
 */
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import type { SaveFile } from "../../addin/office/save";
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

const REFERENCE = readFileSync(resolve(__dirname, "../../templates/reference.docx"));
const OWN_LINE = "สำนักงานจังหวัดตราด ถนนหลักเมือง อำเภอเมืองตราด";

async function restyledReference(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(REFERENCE);
  const doc = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", doc.replace(">{สำนักงาน}<", `>${OWN_LINE}<`));
  const styles = await zip.file("word/styles.xml")!.async("string");
  // A secretariat's own touch to the styles: the documents must carry it.
  zip.file(
    "word/styles.xml",
    styles.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="OwnMark"><w:name w:val="Own Mark"/></w:style></w:styles>'),
  );
  return zip.generateAsync({ type: "uint8array" });
}

function mount(saved: [Uint8Array, string][]) {
  const wb = FakeWorkbook.fromGrids(planWorkbook(3));
  const saveFile: SaveFile = async (bytes, name) => (saved.push([bytes, name]), { kind: "downloaded", name });
  const port = createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));
  renderHere(<App port={port} engine={inPlaceEngine()} saveFile={saveFile} />);
  fireEvent.click(screen.getByRole("tab", { name: "ส่งออก Word" }));
}

// jsdom's File does not take Node's bytes as bytes (another realm), so the picked file is its two members the pane reads.
const pickFile = (bytes: Uint8Array, name: string) =>
  fireEvent.change(screen.getByTestId("reference-file"), {
    target: { files: [{ name, arrayBuffer: async () => bytes.slice().buffer }] },
  });

const partOf = async (bytes: Uint8Array, part: string) => (await JSZip.loadAsync(bytes)).file(part)!.async("string");

describe("export with a chosen Word reference and Thai digits", () => {
  it("prints the chosen reference's letterhead and carries its styles, with Thai digits when asked", async () => {
    const saved: [Uint8Array, string][] = [];
    mount(saved);
    expect(screen.getByTestId("reference-in-use").textContent).toMatch(/^ใช้ต้นแบบที่มากับโปรแกรม/);
    pickFile(await restyledReference(), "ต้นแบบตราด.docx");
    await waitFor(() => expect(screen.getByTestId("reference-in-use").textContent).toBe("ใช้ต้นแบบ ต้นแบบตราด.docx"));
    expect(screen.getByText(new RegExp(`หัวจดหมาย: ฝ่ายเลขานุการ\\{คณะกรรมการ\\} / ${OWN_LINE}`))).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "ใช้เลขไทย (๑๒๓)" }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างทั้ง 5 เอกสาร" }));
    await waitFor(() => expect(saved).toHaveLength(5), { timeout: 20_000 });
    for (const [bytes, name] of saved) {
      const body = await partOf(bytes, "word/document.xml");
      expect(body, name).toContain(OWN_LINE);
      expect(body, name).toContain("ฝ่ายเลขานุการคณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดตราด");
      expect(await partOf(bytes, "word/styles.xml"), name).toContain('w:styleId="OwnMark"');
    }
    expect(await partOf(saved[0][0], "word/document.xml")).toMatch(/[๐-๙]/);
  });

  it("refuses a file that is not a Word reference, in words, and goes on with the built-in one", async () => {
    const saved: [Uint8Array, string][] = [];
    mount(saved);
    pickFile(new TextEncoder().encode("not a docx"), "notes.txt");
    expect(await screen.findByText(/ไฟล์ต้นแบบ Word ใช้ไม่ได้: ไม่ใช่ไฟล์ \.docx/)).toBeTruthy();
    expect(screen.getByTestId("reference-in-use").textContent).toMatch(/^ใช้ต้นแบบที่มากับโปรแกรม/);
    for (const k of ["แผนพัฒนาจังหวัด/กลุ่มจังหวัด", "แผนปฏิบัติราชการประจำปี", "แบบเสนอโครงการ", "รายงานผลการพิจารณากลั่นกรอง"])
      fireEvent.click(screen.getByRole("checkbox", { name: k }));
    fireEvent.click(screen.getByRole("button", { name: "สร้างและบันทึก" }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    const body = await partOf(saved[0][0], "word/document.xml");
    expect(body).toContain("สำนักงานจังหวัดตราด ศาลากลางจังหวัดตราด");
    expect(body).not.toMatch(/[๐-๙]/);
  });
});
