/**
 * End to end: the built task pane, served on loopback, in headless Chromium,
 * with office.js from node_modules and a fake Excel holding a sample plan.
 * Screenshots go to test-output/screenshots/ for a person to look at.
 */
import { build as esbuild } from "esbuild";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGrids, type Grid } from "../../core";
import { gridsFromWorkbook, loadWorkbook } from "../../generator/reader";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "templates/samples/trat-2552.xlsx");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const SHOTS = join(ROOT, "test-output/screenshots");
/** office.js, loaded outside Office, opens its own telemetry frame; that is Microsoft's script, not ours. */
const OFFICE_JS_OWN = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css",
};

let out: string;
let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
/** The KPI result core computes for the workbook the fake Excel holds. */
let expectedKpi: ReturnType<typeof checkGrids>["kpi"][number] | undefined;
const outside: string[] = [];

function serve(dir: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent((req.url ?? "/").split("?")[0])));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => s.listen(0, "127.0.0.1", () => ok(s)));
}

type Names = Record<string, { sheet: string; address: string }>;

/** The sample's grids and defined names (the template's KPI formula cells among them). */
async function sample(): Promise<{ grids: Grid[]; names: Names }> {
  const wb = await loadWorkbook(SAMPLE);
  const names: Names = {};
  for (const m of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const ref = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(m.ranges[0] ?? "");
    if (ref) names[m.name] = { sheet: ref[1].replace(/''/g, "'"), address: `${ref[2]}${ref[3]}` };
  }
  return { grids: gridsFromWorkbook(wb), names };
}

async function fakeExcelScript({ grids, names }: { grids: Grid[]; names: Names }): Promise<string> {
  const bundle = await esbuild({
    entryPoints: [join(ROOT, "test/addin/fake-excel/browser.ts")],
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "error",
  });
  return `${bundle.outputFiles[0].text}\nwindow.__phaenInstallFake(${JSON.stringify(grids)}, ${JSON.stringify(names)});`;
}

/** What the planner sees in the pane (a task pane scrolls; the full list is in the ผลการตรวจ sheet). */
async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, name) });
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "phaen-e2e-"));
  mkdirSync(SHOTS, { recursive: true });
  delete process.env.PHAEN_ADDIN_URL;
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "error", build: { outDir: join(out, "addin") } });
  server = await serve(join(out, "addin"));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1.5, locale: "th-TH" });
  // office.js comes from the package, served as if from Microsoft's CDN; anything else from outside is refused and remembered.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = normalize(join(OFFICE_JS, url.slice(OFFICE_CDN.length).split("?")[0]));
      if (file.startsWith(OFFICE_JS) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    outside.push(url);
    return route.abort();
  });
  const loaded = await sample();
  expectedKpi = checkGrids(loaded.grids).kpi[0];
  await page.addInitScript({ content: await fakeExcelScript(loaded) });
  await page.goto(`${origin}/taskpane.html`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the task pane in Chromium", () => {
  it("opens in Thai", async () => {
    await page.getByRole("tab", { name: "ตรวจสอบ" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("แผน: ตรวจแผนพัฒนาจังหวัด");
    await shot("addin-01-open.png");
  });

  it("checks the plan, shows the findings, and selects a finding's cell in Excel", async () => {
    await page.getByRole("button", { name: "ตรวจสอบแผน" }).click();
    const heading = page.getByRole("heading", { level: 2 });
    await heading.waitFor({ timeout: 120_000 });
    expect(await heading.textContent()).toMatch(/^ผลการตรวจ \S+ · ทั้งหมด \d+ รายการ$/);
    const findings = page.locator("button[data-finding]");
    expect(await findings.count()).toBeGreaterThan(0);
    await shot("addin-02-findings.png");
    const target = findings.first();
    const sheet = await target.getAttribute("data-sheet");
    const cell = await target.getAttribute("data-cell");
    await target.click();
    await page.waitForFunction(() => window.__phaenWorkbook.selections.length > 0);
    const selections = await page.evaluate(() => window.__phaenWorkbook.selections);
    expect(selections[0].sheet).toBe(sheet);
    // The finding's cell (or its range's top-left cell) is the one selected.
    expect(selections[0].address.split(":")[0]).toBe(cell!.split(":")[0]);
    expect(await page.evaluate(() => window.__phaenWorkbook.activeSheet)).toBe(sheet);
    expect(await page.evaluate(() => Boolean(window.__phaenWorkbook.sheet("ผลการตรวจ")))).toBe(true);
  });

  it("computes the KPI score into the คะแนน sheet and shows it", async () => {
    await page.getByRole("tab", { name: "คำนวณคะแนน" }).click();
    await page.getByRole("button", { name: "คำนวณคะแนน" }).click();
    await page.waitForFunction(() => Boolean(window.__phaenWorkbook.sheet("คะแนน")), undefined, { timeout: 120_000 });
    // The pane shows the level and weighted score core computes for this workbook (ตราด: assessed).
    expect(expectedKpi?.assessed).toBe(true);
    const weighted = page.getByTestId("kpi-weighted");
    await weighted.waitFor();
    await shot("addin-03-score.png");
    expect(Number(await weighted.textContent())).toBeCloseTo(expectedKpi!.weighted!, 9);
    await expect.poll(() => page.getByText(expectedKpi!.summary.th, { exact: true }).count()).toBeGreaterThan(0);
    const rows = await page.evaluate(() => window.__phaenWorkbook.grids().find((g) => g.sheet === "คะแนน")!.rows);
    expect(rows[0][0]).toBe("ผลการคำนวณคะแนนตัวชี้วัด");
    expect(rows.flat()).toContain(expectedKpi!.weighted);
  });

  it("builds a Word document in the pane and saves it", async () => {
    await page.getByRole("tab", { name: "ส่งออก Word" }).click();
    const row = page.locator("div", { has: page.getByText("แผนปฏิบัติราชการประจำปี", { exact: true }) }).last();
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await row.getByRole("button").click();
    // A failed build shows its reason in the pane: fail with it rather than time out.
    const failed = page
      .getByText(/^เกิดข้อผิดพลาด:/)
      .waitFor({ timeout: 120_000 })
      .then(async () => (await page.getByText(/^เกิดข้อผิดพลาด:/).textContent()) ?? "");
    const file = await Promise.race([download, failed]);
    if (typeof file === "string") throw new Error(file);
    expect(file.suggestedFilename()).toMatch(/^\S+-2552-2-แผนปฏิบัติราชการประจำปี\.docx$/);
    const saved = join(out, "saved.docx");
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe("PK");
    await page.getByText(/^บันทึกแล้ว:/).waitFor();
    await shot("addin-04-export.png");
  });

  it("switches to English", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check the plan" }).waitFor();
    await shot("addin-05-english.png");
  });

  it("loaded nothing from outside but office.js", () => {
    expect(outside.filter((u) => !OFFICE_JS_OWN.test(u))).toEqual([]);
  });
});
