/**
 * End to end: the built task pane in headless Chromium over the fake Excel on the FY2570 sample
 * (templates/samples/khon-kaen-2570.xlsx, the 2565 decree): the pane follows the workbook's pack
 * (its planted alignment defects and projects over the ceiling at their cells, no KPI for the
 * year, a scaffold for the year), and at 320 px every tab fits, each label on one line.
 * Screenshots of every tab at 320 and 900 px go to test-output/screenshots/addin-fy2570-*.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../core";
import { startPane, type Pane } from "../../bench/_pane-harness";
import { gridsFromWorkbook, loadWorkbook } from "../../generator/reader";

const ROOT = resolve(__dirname, "../..");
const SHOTS = join(ROOT, "test-output/screenshots");
const TABS = ["ตรวจสอบ", "คำนวณคะแนน", "ส่งออก Word", "สร้างแม่แบบ"];

let pane: Pane;
let page: Page;
let grids: Grid[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  grids = gridsFromWorkbook(await loadWorkbook(join(ROOT, "templates/samples/khon-kaen-2570.xlsx")));
  pane = await startPane();
  page = await pane.open(grids, { platform: "OfficeOnline", apiVersion: "1.17" }, { width: 320, height: 900 });
}, 240_000);

afterAll(async () => {
  await pane?.close();
});

describe("the task pane on the FY2570 sample", () => {
  it("checks under the FY2570 pack: the planted alignment defects and the projects over the ceiling, each at its cell", async () => {
    await page.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    await page.getByTestId("verdict").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("check-pack").textContent()).toMatch(/^ชุดกติกา FY2570 \(ปีงบประมาณ 2566–2570\)/);
    for (const [rule, cell] of [
      ["alignment/strategy-missing", "AU4"],
      ["alignment/master-plan-missing", "AV4"],
      ["alignment/sub-plan-mismatch", "AV5:AW5"],
      ["alignment/unknown-code", "AY6"],
    ])
      expect(await page.locator(`button[data-finding="${rule}"]`).getAttribute("data-cell")).toBe(cell);
    const over = page.locator("button[data-over-ceiling]");
    expect(await over.count()).toBe(3);
    const cell = await over.first().getAttribute("data-cell");
    await over.first().click();
    await page.waitForFunction(() => window.__phaenWorkbook.selections.length > 0);
    expect((await page.evaluate(() => window.__phaenWorkbook.selections)).at(-1)).toEqual({ sheet: "โครงการ", address: cell });
  });

  it("the score tab says the pack defines no KPI for FY2570", async () => {
    await page.getByRole("tab", { name: "คำนวณคะแนน" }).click();
    expect(await page.getByTestId("kpi-none").textContent()).toBe("ชุดกติกา FY2570 ไม่ได้กำหนดตัวชี้วัดสำหรับปีงบประมาณ 2570 จึงไม่มีคะแนนให้คำนวณ");
  });

  it("the scaffold tab offers the workbook's year with the FY2570 pack's sheets and columns", async () => {
    await page.getByRole("tab", { name: "สร้างแม่แบบ" }).click();
    expect(await page.getByTestId("scaffold-pack").textContent()).toContain("แผ่นงานเป้าหมาย 20 ปี");
    await page.getByRole("button", { name: "สร้างแม่แบบ ปีงบประมาณ 2570" }).waitFor();
  });

  it("at 320 px every tab fits on the pane, each label on one line, nothing scrolls sideways", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    for (const tab of TABS) {
      await page.getByRole("tab", { name: tab }).click();
      const box = (await page.getByRole("tab", { name: tab }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, tab).toBeLessThanOrEqual(320);
      // One line of the small tab's text: a label broken onto a second line would double it.
      expect(box.height, tab).toBeLessThan(40);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(320);
      // The words the browser's Thai dictionary would split (เป้า|หมาย, ถ่วง|น้ำหนัก) each sit on one line.
      const split = await page.evaluate(() =>
        [...document.querySelectorAll("[data-keep]")].filter((s) => s.getClientRects().length > 1).map((s) => s.textContent),
      );
      expect(split, tab).toEqual([]);
    }
  });

  it("the FY2552 sample's score at 320 px: its figures' labels keep their words whole", async () => {
    const trat = gridsFromWorkbook(await loadWorkbook(join(ROOT, "templates/samples/trat-2552.xlsx")));
    const other = await pane.open(trat, { platform: "OfficeOnline", apiVersion: "1.17" }, { width: 320, height: 900 });
    await other.getByRole("tab", { name: "คำนวณคะแนน" }).click();
    await other.getByRole("button", { name: "คำนวณคะแนน" }).click();
    await other.getByTestId("kpi-weighted").waitFor({ timeout: 60_000 });
    expect(await other.getByTestId("kpi-pack").textContent()).toMatch(/^ชุดกติกา FY2552/);
    const split = await other.evaluate(() =>
      [...document.querySelectorAll("[data-keep]")].filter((s) => s.getClientRects().length > 1).map((s) => s.textContent),
    );
    expect(split).toEqual([]);
    await other.waitForTimeout(600);
    await other.screenshot({ path: join(SHOTS, "addin-fy2552-score-320px.png") });
    await other.close();
  });

  it("leaves screenshots of every tab at 320 and 900 px", async () => {
    for (const width of [320, 900]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [i, tab] of TABS.entries()) {
        await page.getByRole("tab", { name: tab }).click();
        // Fluent slides the selected tab's indicator over; the picture is of where it settles.
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(SHOTS, `addin-fy2570-${i + 1}-${width}px.png`) });
      }
      await page.getByRole("tab", { name: TABS[0] }).click();
      await page.getByTestId("ceiling").screenshot({ path: join(SHOTS, `addin-fy2570-ceiling-${width}px.png`) });
    }
  });
});
