/**
 * Builds the task pane into dist/addin/ (only that folder is emptied, so a
 * CLI build elsewhere in dist/ survives) and writes dist/manifest.xml with
 * the URLs of where it will be hosted:
 *
 *   PHAEN_ADDIN_URL=https://plan.example.go.th/phaen/ npm run build
 *
 * office.js: Microsoft requires add-ins to load it from its CDN in
 * production; the dev server serves the copy in node_modules/@microsoft/office-js.
 * `npm run dev:addin` serves https with office-addin-dev-certs' certificate;
 * PHAEN_DEV_HTTP=1 serves plain http (a browser preview without Office).
 */
import react from "@vitejs/plugin-react";
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
export const DEV_URL = "https://localhost:3000/";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = resolve(here, "node_modules/@microsoft/office-js/dist");
const OUT_DIR = resolve(here, "dist/addin");

function addinUrl(): string {
  const url = process.env.PHAEN_ADDIN_URL ?? DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`PHAEN_ADDIN_URL must be an https URL (Office requires it): ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Injects the office.js script tag and, in dev, serves office.js from node_modules. */
function officeJs(): Plugin {
  let serving = false;
  return {
    name: "phaen-office-js",
    configResolved(c) {
      serving = c.command === "serve";
    },
    transformIndexHtml() {
      return [{ tag: "script", attrs: { src: serving ? "/office-js/office.js" : OFFICE_JS_CDN }, injectTo: "head" }];
    },
    configureServer(server) {
      server.middlewares.use("/office-js", (req, res, next) => {
        const file = normalize(join(OFFICE_JS_DIR, decodeURIComponent((req.url ?? "/").split("?")[0])));
        if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** Writes manifest.xml beside the task-pane folder (dist/manifest.xml) with the hosting URL in place of the dev server's. */
function manifest(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: "phaen-manifest",
    apply: "build",
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      const xml = readFileSync(resolve(here, "manifest.xml"), "utf8");
      const url = addinUrl();
      const origin = new URL(url).origin;
      const out = xml.replaceAll(DEV_URL, url).replaceAll("https://localhost:3000", origin);
      mkdirSync(dirname(outDir), { recursive: true });
      writeFileSync(resolve(outDir, "../manifest.xml"), out);
    },
  };
}

export default defineConfig(async ({ command }) => ({
  root: resolve(here, "addin"),
  base: command === "build" ? new URL(addinUrl()).pathname : "/",
  publicDir: resolve(here, "addin/public"),
  plugins: [react(), officeJs(), manifest()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { taskpane: resolve(here, "addin/taskpane.html"), commands: resolve(here, "addin/commands.html") },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
    // office-addin-dev-certs makes and trusts a localhost certificate, as Microsoft's templates do.
    https:
      command === "serve" && !process.env.PHAEN_DEV_HTTP
        ? await (await import("office-addin-dev-certs")).getHttpsServerOptions()
        : undefined,
  },
}));
