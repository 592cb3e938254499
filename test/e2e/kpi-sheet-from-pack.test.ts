/**
 * A KPI sheet `phaen new` lays out for a pack's KPI unlike the template's (other steps, a sixth
 * level, a floor and part credit per step) scores as core does: LibreOffice recalculates the
 * formulas (written without cached results) and the level, score and weighted score it shows are
 * compared with core's score of the same workbook under that pack.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUNDLED_PACKS,
  checkGrids,
  kpiDefinition,
  kpiSheet,
  kpiSheetLayout,
  parsePack,
  REFERENCE,
  RULES,
  TABLE_ROWS,
  type Pack,
} from "../../core";
import { gridsFromWorkbook } from "../../generator/reader";
import { applyKpiDefinition } from "../../generator/workbook/kpi-from-pack";
import { resaveAllWithLibreOffice } from "../fixtures/libreoffice/resave";

const SAMPLE = join(import.meta.dirname, "../../templates/samples/trat-2552.xlsx");
const INPUTS = ["doneDate", "evidence", "percent", "verdict", "assessor"] as const;

function reshaped(): Pack {
  const p = structuredClone(BUNDLED_PACKS.find((x) => x.id === "FY2552")!) as Pack;
  const kpi = p.kpis[0];
  kpi.levels[1].steps = kpi.levels[1].steps.filter((s) => s.code !== "2.2");
  kpi.levels[3].steps[0].due = "2009-11-30";
  kpi.levels.push({
    level: 6,
    th: "เผยแพร่ผลการประเมิน",
    en: "Evaluation published",
    steps: [{ code: "6.1", kind: "dated", due: "2009-12-15", th: "เผยแพร่รายงาน", en: "Publish the report", source: "seed-slides-5-6" }],
  });
  kpi.scoring = { ...kpi.scoring, partialCredit: "stepFraction", floor: 0.5 };
  return parsePack(p, { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE });
}

const col = (key: string) => kpiSheet.columns.findIndex((c) => c.key === key) + 1;

/** The ตราด sample with its KPI sheet laid out for the pack, the planner's entries kept by step code (and `change` applied). */
async function variant(pack: Pack, change: (entries: Map<string, ExcelJS.CellValue[]>) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet(kpiSheet.name)!;
  const entries = new Map<string, ExcelJS.CellValue[]>();
  ws.eachRow((row, r) => {
    const code = row.getCell(col("step")).value;
    if (r >= TABLE_ROWS.firstData && code)
      entries.set(
        String(code),
        INPUTS.map((k) => row.getCell(col(k)).value),
      );
  });
  change(entries);
  applyKpiDefinition(wb, kpiDefinition(pack, pack.kpis[0]));
  ws.eachRow((row, r) => {
    const v = entries.get(String(row.getCell(col("step")).value ?? ""));
    if (r >= TABLE_ROWS.firstData && v) INPUTS.forEach((k, i) => (row.getCell(col(k)).value = v[i]));
  });
  return wb;
}

/** Each case's change to the planner's entries, and the level core gives it (so every case moves the result). */
const CASES: Record<string, [(e: Map<string, ExcelJS.CellValue[]>) => void, number]> = {
  "4.1 within the moved due date: level 5, no share of level 6": [() => {}, 5],
  "1.3 late: level 0, the floor against level 1's share": [(e) => (e.get("1.3")![0] = new Date("2009-02-01T00:00:00Z")), 0],
  "6.1 done: level 6": [(e) => e.set("6.1", [new Date("2009-12-01T00:00:00Z"), "รายงานเผยแพร่ทางเว็บไซต์", null, null, null]), 6],
  "3.1 at 50 percent: level 2 and half of level 3": [(e) => (e.get("3.1")![2] = 50), 2],
};

describe("a KPI sheet laid out for another shape of KPI", () => {
  const pack = reshaped();
  const dir = mkdtempSync(join(tmpdir(), "phaen-kpi-shape-"));
  const files = Object.keys(CASES).map((_, i) => join(dir, `case-${i + 1}.xlsx`));

  beforeAll(async () => {
    for (const [i, [change]] of Object.values(CASES).entries()) await (await variant(pack, change)).xlsx.writeFile(files[i]);
    // LibreOffice recalculates the formulas as it saves.
    resaveAllWithLibreOffice(files, join(dir, "out"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(CASES).map((name, i) => [name, i] as const))("%s", async (name, i) => {
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.readFile(files[i]);
    const want = checkGrids(gridsFromWorkbook(mine), { pack }).kpi[0];
    expect(want.level).toBe(CASES[name][1]);
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(join(dir, "out", `case-${i + 1}.xlsx`));
    const ws = lo.getWorksheet(kpiSheet.name)!;
    const value = (a1: string) => {
      const v = ws.getCell(a1).value;
      return v && typeof v === "object" && "formula" in v ? (v.result ?? 0) : v;
    };
    const cells = kpiSheetLayout(kpiDefinition(pack, pack.kpis[0])).result;
    expect(value(cells.level)).toBe(want.level ?? 0);
    expect(value(cells.score)).toBeCloseTo(want.score ?? 0, 10);
    expect(value(cells.weighted)).toBeCloseTo(want.weighted ?? 0, 10);
  });
});
