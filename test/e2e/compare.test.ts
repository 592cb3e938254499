/**
 * End to end: เทียบกับฉบับก่อน in the built pane in headless Chromium over
 * the fake Excel (Excel on the web). The open workbook holds the check's
 * planted changes to the ตราด sample; the planner picks the sample itself.
 * The file is read in the pane's worker (nothing loaded from outside), the
 * report and the Word comparison show the changes, a corrupt file is the
 * gate's refusal. Screenshots of the tab at 320 and 900 px go to
 * test-output/screenshots/.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPane, type Pane } from "../../bench/_pane-harness";
import { docxText } from "../generator/documents-fixture";
import { plantedChanges, sampleGrids, TRAT_SAMPLE } from "../helpers/plan-versions";

const ROOT = resolve(__dirname, "../..");
const SHOTS = join(ROOT, "test-output/screenshots");
const OFFICE_JS_OWN = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

let pane: Pane;
let page: Page;

const pick = (name: string, buffer: Buffer) =>
  page.getByLabel("เลือกไฟล์ฉบับก่อน").setInputFiles({ name, mimeType: "application/octet-stream", buffer });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  pane = await startPane();
  page = await pane.open(
    plantedChanges(await sampleGrids()),
    { platform: "OfficeOnline", apiVersion: "1.17" },
    { width: 320, height: 900 },
  );
}, 240_000);

afterAll(async () => {
  await pane?.close();
});

describe("เทียบกับฉบับก่อน in the built pane", () => {
  it("reads the picked file in the worker and shows the planted changes", async () => {
    await page.getByRole("tab", { name: "เทียบกับฉบับก่อน" }).click();
    await pick("ตราด-ฉบับก่อน.xlsx", readFileSync(TRAT_SAMPLE));
    const report = page.getByTestId("compare-report");
    await report.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("compare-cuts").textContent()).toMatch(/TR52-001 .*-1,000,000 บาท \(-11\.24 %\)/);
    expect(await page.getByTestId("compare-removed").textContent()).toContain("TR52-003");
    expect(await page.getByTestId("compare-added").textContent()).toContain("TR52-900");
    const changed = await page
      .locator("[data-testid=compare-changed] li[data-project]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-project")));
    expect(changed.sort()).toEqual(["TR52-001", "TR52-006", "TR52-905"]);
    // Nothing wider than the pane: tables scroll inside their own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(SHOTS, "compare-320px.png"), fullPage: false });
    for (const part of ["changed", "totals", "findings"])
      await page.getByTestId(`compare-${part}`).screenshot({ path: join(SHOTS, `compare-320px-${part}.png`) });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.screenshot({ path: join(SHOTS, "compare-900px.png"), fullPage: false });
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText(/^Projects changed \(3\)/).waitFor();
    await page.screenshot({ path: join(SHOTS, "compare-900px-english.png"), fullPage: false });
    await page.getByRole("button", { name: "ภาษาไทย" }).click();
    await page.setViewportSize({ width: 320, height: 900 });
  });

  it("exports the Word comparison to the downloads", async () => {
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "ส่งออกตารางเปรียบเทียบ (Word)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("ตราด-2552-ตารางเปรียบเทียบแผนและโครงการ.docx");
    const saved = join(mkdtempSync(join(tmpdir(), "phaen-e2e-")), "compare.docx");
    await file.saveAs(saved);
    const text = await docxText(readFileSync(saved));
    expect(text).toContain("TR52-905 (เดิม TR52-005)");
    await page.getByText(/^ส่งไฟล์ให้ดาวน์โหลดแล้ว: ตราด-2552-ตารางเปรียบเทียบ/).waitFor();
  });

  it("refuses a truncated file with the gate's reason in Thai then English", async () => {
    const bytes = readFileSync(TRAT_SAMPLE);
    await pick("ตัดท้าย.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    const problem = page.getByTestId("compare-problem");
    await problem.waitFor({ timeout: 60_000 });
    const lines = await problem.locator("[data-line]").allTextContents();
    expect(lines).toEqual([
      expect.stringMatching(/^ตัดท้าย\.xlsx: ไฟล์เสียหายหรือไม่ครบ/),
      expect.stringMatching(/^the file is corrupt or truncated/),
    ]);
    await page.screenshot({ path: join(SHOTS, "compare-refused-320px.png") });
  });

  it("loaded nothing from outside but office.js", () => {
    expect(pane.outside.filter((u) => !OFFICE_JS_OWN.test(u))).toEqual([]);
  });
});
