/**
 * The add-in manifest, checked offline (online validation needs Microsoft's
 * service: see docs/addin-th.md): its shape, and that every page and icon it
 * names exists in the task-pane build.
 */
import { XMLParser } from "fast-xml-parser";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Plugin } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
const app = parsed.OfficeApp;
const DEV = "https://localhost:3000/";
const PROD = "https://plan.example.go.th/phaen/";

function urls(text: string): string[] {
  return [...new Set([...text.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]))];
}

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** One build, for the production URL: the files are the same whatever the URL. */
let out: string;

/**
 * The pane's script, stubbed: what is checked here is what the build config
 * makes of the pages, icons and manifest, and bundling React, Fluent UI, docx
 * and exceljs (tens of seconds on a small machine) adds nothing to it. The
 * real bundle is built and run in Chromium by test/e2e/addin.test.ts.
 */
const stubPaneScript: Plugin = {
  name: "test-stub-pane-script",
  enforce: "pre",
  load: (id) => (id.endsWith("/addin/main.tsx") ? "export {};" : undefined),
};

async function buildTo(dir: string, url?: string) {
  const before = process.env.PHAEN_ADDIN_URL;
  if (url) process.env.PHAEN_ADDIN_URL = url;
  else delete process.env.PHAEN_ADDIN_URL;
  try {
    await build({
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "error",
      plugins: [stubPaneScript],
      build: { outDir: join(dir, "addin") },
    });
  } finally {
    if (before === undefined) delete process.env.PHAEN_ADDIN_URL;
    else process.env.PHAEN_ADDIN_URL = before;
  }
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "phaen-addin-"));
  // A CLI build beside the task pane must survive the task-pane build.
  mkdirSync(join(out, "cli"));
  writeFileSync(join(out, "cli", "phaen.js"), "// cli");
  await buildTo(out, PROD);
}, 180_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in with a GUID id and only ReadWriteDocument", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(`${DEV}taskpane.html`);
  });

  it("has Thai and English names and descriptions", () => {
    for (const el of [app.DisplayName, app.Description]) {
      expect(el["@DefaultValue"]).toMatch(/[A-Za-z]/);
      expect(el.Override["@Locale"]).toBe("th-TH");
      expect(el.Override["@Value"]).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const host = app.VersionOverrides.Hosts.Host;
    expect(host["@xsi:type"]).toBe("Workbook");
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    const control = tab.Group.Control;
    expect(control["@xsi:type"]).toBe("Button");
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    expect(control.Icon["bt:Image"].map((i: { "@size": string }) => i["@size"])).toEqual(["16", "32", "80"]);
    const labels = app.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"];
    const button = labels.find((s: { "@id": string }) => s["@id"] === control.Label["@resid"]);
    expect(button["bt:Override"]["@Value"]).toBe("ตรวจแผน");
  });

  it("names only https URLs, and every page and icon exists in the build at its size", () => {
    const named = urls(xml);
    expect(named.length).toBeGreaterThan(5);
    for (const u of named) {
      expect(u.startsWith(DEV) || u === DEV.slice(0, -1)).toBe(true);
      if (u.length <= DEV.length) continue;
      const file = join(out, "addin", u.slice(DEV.length));
      expect(existsSync(file), `${u} → ${file}`).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(u);
      if (size) expect(pngSize(file)).toEqual([Number(size[1]), Number(size[1])]);
    }
    const iconSizes = named.map((u) => /icon-(\d+)\.png$/.exec(u)?.[1]).filter(Boolean);
    expect(new Set(iconSizes)).toEqual(new Set(["16", "32", "64", "80"]));
    expect(app.HighResolutionIconUrl["@DefaultValue"]).toMatch(/icon-64\.png$/);
  });
});

describe("the task-pane build", () => {
  it("writes the pane under its own folder and leaves the rest of dist alone", () => {
    expect(existsSync(join(out, "addin", "taskpane.html"))).toBe(true);
    expect(readFileSync(join(out, "cli", "phaen.js"), "utf8")).toBe("// cli");
  });

  it("loads office.js from Microsoft's CDN and nothing else from outside", () => {
    const html = readFileSync(join(out, "addin", "taskpane.html"), "utf8");
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("writes the production URL into the built manifest and the pane's asset paths", () => {
    const built = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    expect(urls(built).every((u) => u.startsWith("https://plan.example.go.th"))).toBe(true);
    expect(built).toContain(`<SourceLocation DefaultValue="${PROD}taskpane.html"/>`);
    expect(readFileSync(join(out, "addin", "taskpane.html"), "utf8")).toContain('src="/phaen/assets/');
  });
});
