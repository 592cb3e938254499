/**
 * Real clients, end to end: LibreOffice re-saves the template and every
 * sample now, and each copy must give the same findings (rule, sheet, cell)
 * and KPI scores as its original. Also checks that the committed copies under
 * test/fixtures/libreoffice/ still agree with today's originals.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { findingKeys, fixturePath, kpiKeys, originalPath, originals, resaveWithLibreOffice } from "../fixtures/libreoffice/resave";

const out = mkdtempSync(join(tmpdir(), "phaen-lo-e2e-"));

describe("LibreOffice re-save", () => {
  it.each(originals())("%s: the re-saved copy gives the same findings and KPI scores", async (rel) => {
    const copy = resaveWithLibreOffice(originalPath(rel), out);
    const original = await findingKeys(originalPath(rel));
    expect(await findingKeys(copy)).toEqual(original);
    expect(await kpiKeys(copy)).toEqual(await kpiKeys(originalPath(rel)));
    expect(existsSync(fixturePath(rel)), `commit a re-saved copy: node bin/run-ts.mjs test/fixtures/libreoffice/resave.ts`).toBe(true);
    expect(await findingKeys(fixturePath(rel))).toEqual(original);
  });
});

describe("a legacy .xls written by LibreOffice and renamed .xlsx", () => {
  it("is refused with exit 2 and one line naming the file and the reason", () => {
    const xlsDir = mkdtempSync(join(tmpdir(), "phaen-xls-"));
    const profile = mkdtempSync(join(tmpdir(), "phaen-lo-profile-"));
    const src = originalPath(originals().find((r) => r.startsWith("samples/")) ?? "workbook-template.xlsx");
    spawnSync("soffice", [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "xls",
      "--outdir",
      xlsDir,
      src,
    ]);
    const xls = readdirSync(xlsDir).find((f) => f.endsWith(".xls"));
    expect(xls).toBeDefined();
    const renamed = join(xlsDir, "renamed.xlsx");
    copyFileSync(join(xlsDir, xls!), renamed);
    const r = spawnSync(process.execPath, [resolve("bin/phaen.mjs"), "check", renamed], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringContaining(`${renamed}: เป็นไฟล์ Excel รุ่นเก่า (.xls)`)]);
  });
});
