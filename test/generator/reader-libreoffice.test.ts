/**
 * Real clients: the template and every sample re-saved by LibreOffice (the
 * committed copies under test/fixtures/libreoffice/) give the same findings
 * (rule, sheet, cell) and KPI scores as the originals. The end-to-end suite
 * re-makes the copies; regenerate them with
 *   node bin/run-ts.mjs test/fixtures/libreoffice/resave.ts
 */
import { existsSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { findingKeys, fixturePath, kpiKeys, originalPath, originals } from "../fixtures/libreoffice/resave";

const REGENERATE = "node bin/run-ts.mjs test/fixtures/libreoffice/resave.ts";
const list = originals();

describe("LibreOffice-resaved workbooks", () => {
  it("cover the template and every sample", () => {
    expect(list).toContain("workbook-template.xlsx");
    const missing = list.filter((rel) => !existsSync(fixturePath(rel)));
    expect(missing, `re-saved copies missing: run ${REGENERATE}`).toEqual([]);
  });

  it.each(list.filter((rel) => existsSync(fixturePath(rel))))("%s gives the same findings and KPI scores as the original", async (rel) => {
    const zip = await JSZip.loadAsync(readFileSync(fixturePath(rel)));
    // The copy really was written by LibreOffice, not by this project.
    expect(await zip.file("docProps/app.xml")!.async("string")).toMatch(/LibreOffice/);
    const [original, resaved] = [await findingKeys(originalPath(rel)), await findingKeys(fixturePath(rel))];
    expect(resaved, `findings differ: if the original changed, run ${REGENERATE}`).toEqual(original);
    expect(await kpiKeys(fixturePath(rel))).toEqual(await kpiKeys(originalPath(rel)));
  });
});
