/**
 * The built task pane in headless Chromium over the fake Excel, for the
 * pane's end-to-end test and its benchmark: builds the pane with vite,
 * serves it on loopback, serves office.js from node_modules as if from
 * Microsoft's CDN, refuses anything else from outside (and remembers it),
 * and records the main thread's long tasks (PerformanceObserver "longtask").
 */
import { build as esbuild } from "esbuild";
import { createReadStream, existsSync, mkdtempSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import type { Grid } from "../core";
import type { FakeSetup } from "../test/addin/fake-excel/browser";

const ROOT = resolve(import.meta.dirname, "..");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css",
};

export interface Pane {
  browser: Browser;
  origin: string;
  /** URLs the pane tried to load from outside (office.js aside). */
  outside: string[];
  /** A page over the fake Excel; `refuse` makes matching URLs of the pane fail to load (a broken deployment). */
  open(grids: Grid[], setup?: FakeSetup, viewport?: { width: number; height: number }, refuse?: RegExp): Promise<Page>;
  close(): Promise<void>;
}

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

let fakeBundle: Promise<string> | undefined;
function fakeExcelBundle(): Promise<string> {
  fakeBundle ??= esbuild({
    entryPoints: [join(ROOT, "test/addin/fake-excel/browser.ts")],
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "error",
  }).then((b) => b.outputFiles[0].text);
  return fakeBundle;
}

/**
 * Counts long tasks from the first script on, before the pane loads. (tsx
 * names the functions passed to page.evaluate with a __name helper the page
 * lacks; it is defined here as the identity.)
 */
const LONG_TASKS = `
window.__name = (f) => f;
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: "longtask", buffered: true });`;

export async function startPane(): Promise<Pane> {
  const out = mkdtempSync(join(tmpdir(), "phaen-pane-"));
  delete process.env.PHAEN_ADDIN_URL;
  await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "error", build: { outDir: join(out, "addin") } });
  const server = await serve(join(out, "addin"));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const outside: string[] = [];
  return {
    browser,
    origin,
    outside,
    async open(grids, setup = {}, viewport = { width: 360, height: 900 }, refuse) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1.5, locale: "th-TH", acceptDownloads: true });
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (refuse?.test(url)) return route.fulfill({ status: 404, body: "" });
        if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        if (url.startsWith(OFFICE_CDN)) {
          const file = normalize(join(OFFICE_JS, url.slice(OFFICE_CDN.length).split("?")[0]));
          if (file.startsWith(OFFICE_JS) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
          return route.fulfill({ status: 404, body: "" });
        }
        outside.push(url);
        return route.abort();
      });
      await page.addInitScript({
        content: `${LONG_TASKS}\n${await fakeExcelBundle()}\nwindow.__phaenInstallFake(${JSON.stringify(grids)}, ${JSON.stringify(setup)});`,
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("tab", { name: "ตรวจสอบ" }).waitFor({ timeout: 60_000 });
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Every long task since `since`, for finding what made one. */
export function longTasks(page: Page, since = 0): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    (t0) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start + t.duration >= t0),
    since,
  );
}

/** The longest main-thread task since `since` (performance.now() in the page), in ms. */
export function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate(
    (t0) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((t) => t.start + t.duration >= t0)
          .map((t) => t.duration),
      ),
    since,
  );
}

/** Clicks the check button and waits for the verdict; the time from click to findings, in ms, and when it started. */
export function clickToFindings(page: Page): Promise<{ ms: number; start: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; start: number }>((ok) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "ตรวจสอบแผน")!;
        const start = performance.now();
        button.click();
        const before = document.querySelector("[data-run]")?.getAttribute("data-run") ?? "";
        const wait = () => {
          const run = document.querySelector("[data-run]")?.getAttribute("data-run") ?? "";
          if (run && run !== before) ok({ ms: performance.now() - start, start });
          else requestAnimationFrame(wait);
        };
        wait();
      }),
  );
}

/** The fake Excel's syncs so far: count, the largest request or response, and how many were refused. */
export function syncFigures(page: Page): Promise<{ syncs: number; largest: number; refused: number }> {
  return page.evaluate(() => {
    const wb = window.__phaenWorkbook;
    return {
      syncs: wb.syncs.length,
      largest: Math.max(0, ...wb.syncs.map((s) => Math.max(s.bytesRead, s.bytesWritten))),
      refused: wb.refused.length,
    };
  });
}
