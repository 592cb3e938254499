/**
 * End to end: the built task pane in headless Chromium over the fake Excel
 * (bench/_pane-harness.ts), on the ตราด plan's projects repeated to 5,000
 * with their Thai text, as on Excel on the web (5 MB payload limit), and on
 * other hosts and requirement sets. Screenshots of every tab at 320 and
 * 900 px go to test-output/screenshots/ for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGrids, type Grid } from "../../core";
import { startPane, syncFigures, type Pane } from "../../bench/_pane-harness";
import { tratGrids } from "../../bench/_scaled";

const ROOT = resolve(__dirname, "../..");
const SHOTS = join(ROOT, "test-output/screenshots");
/** office.js, loaded outside Office, opens its own telemetry frame; that is Microsoft's script, not ours. */
const OFFICE_JS_OWN = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const TABS = ["ตรวจสอบ", "คำนวณคะแนน", "ส่งออก Word", "สร้างแม่แบบ"];

let pane: Pane;
let page: Page;
let grids: Grid[];
let expected: ReturnType<typeof checkGrids>;

async function shotsOfEveryTab(p: Page, name: string) {
  for (const width of [320, 900]) {
    await p.setViewportSize({ width, height: 900 });
    for (const [i, tab] of TABS.entries()) {
      await p.getByRole("tab", { name: tab }).click();
      await p.screenshot({ path: join(SHOTS, `${name}-${i + 1}-${width}px.png`), fullPage: false });
    }
  }
  await p.setViewportSize({ width: 360, height: 900 });
  await p.getByRole("tab", { name: "ตรวจสอบ" }).click();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  grids = tratGrids(5000);
  expected = checkGrids(grids);
  pane = await startPane();
  page = await pane.open(grids, { platform: "OfficeOnline", apiVersion: "1.17" });
}, 240_000);

afterAll(async () => {
  await pane?.close();
});

describe("the task pane on 5,000 Thai projects, as on Excel on the web", () => {
  it("opens in Thai", async () => {
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("แผน: ตรวจแผนพัฒนาจังหวัด");
  });

  it("checks the plan with no request over 5 MB, shows the verdict first, and selects a finding's cell", async () => {
    await page.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    const verdict = page.getByTestId("verdict");
    await verdict.waitFor({ timeout: 120_000 });
    expect(await verdict.textContent()).toContain(expected.findings.length.toLocaleString("en-US"));
    await page.waitForFunction(() => Boolean(window.__phaenWorkbook.sheet("ผลการตรวจ")), undefined, { timeout: 120_000 });
    const syncs = await syncFigures(page);
    expect(syncs.refused).toBe(0);
    expect(syncs.largest).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(syncs.largest).toBeGreaterThan(512 * 1024);
    const target = page.locator("button[data-finding]").first();
    const sheet = await target.getAttribute("data-sheet");
    const cell = await target.getAttribute("data-cell");
    await target.click();
    await page.waitForFunction(() => window.__phaenWorkbook.selections.length > 0);
    const selections = await page.evaluate(() => window.__phaenWorkbook.selections);
    expect(selections[0].sheet).toBe(sheet);
    expect(selections[0].address.split(":")[0]).toBe(cell!.split(":")[0]);
    expect(await page.locator("button[data-visited]").count()).toBe(1);
  });

  it("fills the score tab from the check, and computes it into the คะแนน sheet", async () => {
    await page.getByRole("tab", { name: "คำนวณคะแนน" }).click();
    const weighted = page.getByTestId("kpi-weighted");
    await weighted.waitFor();
    expect(Number(await weighted.textContent())).toBeCloseTo(expected.kpi[0].weighted ?? 0, 9);
    await page.getByRole("button", { name: "คำนวณคะแนน" }).click();
    await page.waitForFunction(() => Boolean(window.__phaenWorkbook.sheet("คะแนน")), undefined, { timeout: 120_000 });
  });

  it("exports off the main thread with a progress bar naming the step, and cancels", async () => {
    await page.getByRole("tab", { name: "ส่งออก Word" }).click();
    await page.getByRole("button", { name: "สร้างทั้ง 5 เอกสาร" }).click();
    const progress = page.getByTestId("export-progress");
    await progress.waitFor();
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/กำลัง(เรียบเรียง|บีบอัดไฟล์) \S+/);
    await page.screenshot({ path: join(SHOTS, "addin-export-progress.png") });
    await page.getByRole("button", { name: "ยกเลิก ส่งออก Word" }).click();
    await page.getByText("ยกเลิกการสร้างเอกสารแล้ว").waitFor({ timeout: 10_000 });
    expect(await progress.count()).toBe(0);
  });

  it("builds a document after a cancel and hands it to the downloads (never claiming 'saved' on the web)", async () => {
    for (const k of ["แผนพัฒนาจังหวัด/กลุ่มจังหวัด", "แบบเสนอโครงการ", "รายงานผลการพิจารณากลั่นกรอง", "รายงานผลตัวชี้วัดที่ 3.6"])
      await page.getByRole("checkbox", { name: k, exact: true }).uncheck();
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "สร้างและบันทึก" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("ตราด-2552-2-แผนปฏิบัติราชการประจำปี.docx");
    const saved = join(mkdtempSync(join(tmpdir(), "phaen-e2e-")), "saved.docx");
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe("PK");
    await page.getByText(/^ส่งไฟล์ให้ดาวน์โหลดแล้ว: ตราด-2552-2-/).waitFor();
    expect(await page.getByText(/^บันทึกแล้ว/).count()).toBe(0);
  });

  it("leaves screenshots of every tab at 320 and 900 px", async () => {
    await shotsOfEveryTab(page, "addin-web");
  });

  it("switches to English", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Check the plan" }).waitFor();
    await page.screenshot({ path: join(SHOTS, "addin-english.png") });
    await page.getByRole("button", { name: "ภาษาไทย" }).click();
  });
});

describe("other hosts and failures", () => {
  it("Excel for Mac: says the document could not be saved and offers Excel on the web", async () => {
    const mac = await pane.open(tratGrids(30), { platform: "Mac", apiVersion: "1.17" });
    await mac.getByRole("tab", { name: "ส่งออก Word" }).click();
    for (const k of ["แผนพัฒนาจังหวัด/กลุ่มจังหวัด", "แผนปฏิบัติราชการประจำปี", "แบบเสนอโครงการ", "รายงานผลการพิจารณากลั่นกรอง"])
      await mac.getByRole("checkbox", { name: k, exact: true }).uncheck();
    await mac.getByRole("button", { name: "สร้างและบันทึก" }).click();
    await mac.getByText(/Excel for Mac ไม่อนุญาตให้โปรแกรมเสริมบันทึกไฟล์/).waitFor({ timeout: 60_000 });
    expect(await mac.getByText(/บันทึกแล้ว|ดาวน์โหลดแล้ว/).count()).toBe(0);
    await mac.screenshot({ path: join(SHOTS, "addin-mac-export.png") });
    await mac.close();
  });

  it("Excel 2016 volume (ExcelApi 1.1): checks and writes, live re-check off with the reason", async () => {
    const old = await pane.open(tratGrids(30), { platform: "PC", apiVersion: "1.1" });
    expect(await old.getByRole("switch").isDisabled()).toBe(true);
    await old.getByText(/Excel รุ่นนี้ไม่แจ้งการแก้ไข/).waitFor();
    await old.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    await old.getByTestId("verdict").waitFor({ timeout: 60_000 });
    await old.waitForFunction(() => Boolean(window.__phaenWorkbook.sheet("ผลการตรวจ")), undefined, { timeout: 60_000 });
    await old.close();
  });

  it("a blank workbook: a Thai error saying to use the Create template tab", async () => {
    const blank = await pane.open([{ sheet: "Sheet1", topLeft: "A1", rows: [] }]);
    await blank.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    await blank.getByText(/ไม่พบแผ่นงาน.*ใช้แท็บสร้างแม่แบบ/).waitFor({ timeout: 30_000 });
    await blank.screenshot({ path: join(SHOTS, "addin-blank-error.png") });
    await blank.close();
  });

  it("a check worker that cannot load: an error in Thai with what to do within 10 s, no endless spinner", async () => {
    const broken = await pane.open(tratGrids(30), {}, undefined, /paneWorker/);
    const t0 = Date.now();
    await broken.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    await broken.getByText(/ตัวตรวจแผนเริ่มทำงานไม่ได้: ปิดแล้วเปิดบานหน้าต่างแผนใหม่/).waitFor({ timeout: 10_000 });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await broken.getByRole("button", { name: "ตรวจสอบแผน" }).isEnabled()).toBe(true);
    await broken.close();
  });

  it("loaded nothing from outside but office.js", () => {
    expect(pane.outside.filter((u) => !OFFICE_JS_OWN.test(u))).toEqual([]);
  });
});
