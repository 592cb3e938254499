/**
 * `phaen new` under a pack a secretariat edited: the KPI sheet is laid out for the pack's KPI
 * (its steps, levels, due dates and scoring, whatever their shape), and the dropdowns the pack
 * declares (approval steps, decisions, committees) are its lists.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkGrids, KPI_BLOCK, kpiSheet, parsePack, REFERENCE, RULES, TABLE_ROWS, type Pack } from "../../core";
import { gridsFromWorkbook } from "../../generator/reader";
import { phaen as run } from "../helpers/phaen";
import { tempDir } from "./reader-workbooks";

const dir = tempDir("phaen-new-pack-");
const phaen = (...args: string[]) => run(args);
const FY2552 = JSON.parse(readFileSync(resolve("core/packs/fy2552.json"), "utf8")) as Pack;

/** FY2552 with KPI 3.6 reshaped: level 2 loses its undated step, a sixth level is added, part credit per step; other steps and a new decision. */
function reshaped(): Pack {
  const p = structuredClone(FY2552);
  const kpi = p.kpis[0];
  kpi.levels[1].steps = kpi.levels[1].steps.filter((s) => s.code !== "2.2");
  kpi.levels[3].steps[0].due = "2009-11-30";
  kpi.levels.push({
    level: 6,
    th: "เผยแพร่ผลการประเมิน",
    en: "Evaluation published",
    steps: [
      {
        code: "6.1",
        kind: "dated",
        due: "2009-12-15",
        th: "เผยแพร่รายงานผลการประเมิน",
        en: "Publish the evaluation report",
        source: "seed-slides-5-6",
      },
    ],
  });
  kpi.scoring.partialCredit = "stepFraction";
  p.approvalSteps.items = [
    p.approvalSteps.items[0],
    { th: "ก.บ.จ. รับรองแผน", en: "Plan endorsed by the provincial committee" },
    ...p.approvalSteps.items.slice(3),
  ];
  p.decisions = { items: [...(p.decisions?.items ?? []), { th: "รอข้อมูลเพิ่มเติม", en: "Awaiting information" }], source: "domain-10" };
  return parsePack(p, { ruleIds: new Set(RULES.map((r) => r.id)), reference: REFERENCE });
}

async function made(pack: Pack, name: string) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(pack, null, 2));
  const out = join(dir, `${name}.xlsx`);
  const r = await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out, "--pack", file);
  expect(r.code, r.err).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { wb, file, out };
}

const col = (key: string) => kpiSheet.columns.findIndex((c) => c.key === key) + 1;
// exceljs reads validations back cell by cell.
const listAt = (ws: ExcelJS.Worksheet, a1: string) =>
  ((ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model[a1]?.formulae ?? [])[0];

describe("phaen new under an edited pack", () => {
  it("lays the KPI sheet out for a KPI of another shape: its steps in order, due dates, a formula per step, one level row per level", async () => {
    const pack = reshaped();
    const { wb } = await made(pack, "reshaped");
    const ws = wb.getWorksheet(kpiSheet.name)!;
    const rows = pack.kpis[0].levels.flatMap((l) => l.steps);
    rows.forEach((step, i) => {
      const r = TABLE_ROWS.firstData + i;
      expect(ws.getCell(r, col("step")).value).toBe(step.code);
      const due = ws.getCell(r, col("dueDate")).value;
      expect(due instanceof Date ? due.toISOString().slice(0, 10) : due).toBe(step.due ?? null);
      expect(ws.getCell(`${KPI_BLOCK.metColumn}${r}`).formula).toMatch(/^IFERROR\(IF\(AND\(/);
    });
    // The template's ninth step row is gone, and its formula with it.
    expect(ws.getCell(TABLE_ROWS.firstData + rows.length, col("step")).value).toBeNull();
    expect(ws.getCell(`${KPI_BLOCK.metColumn}${TABLE_ROWS.firstData + rows.length}`).value).toBeNull();
    const labels = pack.kpis[0].levels.map((_, i) => String(ws.getCell(`${KPI_BLOCK.labelColumn}${TABLE_ROWS.firstData + i}`).value));
    expect(labels.at(-1)).toBe("ระดับ 6: เผยแพร่ผลการประเมิน");
    // The result block starts below the six level rows and a blank one.
    const result = TABLE_ROWS.firstData + 7;
    const levelCell = `${KPI_BLOCK.valueColumn}${result}`;
    expect(ws.getCell(`${KPI_BLOCK.labelColumn}${result}`).value).toBe("ระดับที่ผ่าน (Level)");
    // Part credit per step: the score adds the next level's met share, as core does.
    expect(ws.getCell(`${KPI_BLOCK.valueColumn}${result + 1}`).formula).toContain(`CHOOSE(${levelCell}+1,`);
    // The defined names the add-in reads follow the result cells.
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges[0]]));
    expect(names.PHAEN_KPI36_LEVEL).toMatch(new RegExp(`\\$${KPI_BLOCK.valueColumn}\\$${result}$`));
    expect(names.PHAEN_KPI36_WEIGHTED).toMatch(new RegExp(`\\$${KPI_BLOCK.valueColumn}\\$${result + 3}$`));
  });

  it("core reads the laid-out sheet under that pack: every step of the new shape is scored, none missing", async () => {
    const pack = reshaped();
    const { wb } = await made(pack, "reshaped-read");
    const r = checkGrids(gridsFromWorkbook(wb), { pack });
    expect(r.kpi[0].levels.map((l) => l.steps.map((s) => s.code))).toEqual(pack.kpis[0].levels.map((l) => l.steps.map((s) => s.code)));
    expect(r.findings.filter((f) => f.ruleId === "kpi/step-missing")).toEqual([]);
  });

  it("the approval steps, their dropdown and the decision dropdown are the pack's; the parser reads the pack's own values", async () => {
    const pack = reshaped();
    const { wb } = await made(pack, "lists");
    const approvals = wb.getWorksheet("ขั้นตอนการอนุมัติ")!;
    const listed = pack.approvalSteps.items.map((_, i) => approvals.getCell(TABLE_ROWS.firstData + i, 1).value);
    expect(listed).toEqual(pack.approvalSteps.items.map((s) => s.th));
    expect(listAt(approvals, `A${TABLE_ROWS.firstData}`)).toBe(`"${pack.approvalSteps.items.map((s) => s.th).join(",")}"`);
    const projects = wb.getWorksheet("โครงการ")!;
    const decisionCol = projects.getRow(TABLE_ROWS.keys).values as unknown[];
    const letter = projects.getColumn(decisionCol.indexOf("decision")).letter;
    expect(listAt(projects, `${letter}${TABLE_ROWS.firstData}`)).toBe('"อนุมัติ,ชะลอ,ไม่อนุมัติ,ปรับปรุง,รอข้อมูลเพิ่มเติม"');
    // The instructions sheet's "values you may pick" say the same.
    const help: string[] = [];
    wb.getWorksheet("คำอธิบาย")!.eachRow((row) => void (row.getCell(2).value === "decision" && help.push(String(row.getCell(5).value))));
    expect(help).toEqual(["อนุมัติ / ชะลอ / ไม่อนุมัติ / ปรับปรุง / รอข้อมูลเพิ่มเติม"]);
    // A value only this pack names is read, not reported unreadable; under FY2552 it is.
    const checked = checkGrids(gridsFromWorkbook(wb), { pack }).findings;
    expect(checked.filter((f) => f.ruleId === "data/unreadable-value")).toEqual([]);
    expect(checkGrids(gridsFromWorkbook(wb)).findings.some((f) => f.ruleId === "data/unreadable-value" && f.sheet === "ขั้นตอนการอนุมัติ")).toBe(
      true,
    );
  });

  it("under FY2552 itself the decision dropdown offers ปรับปรุง and the KPI sheet keeps the template's nine rows", async () => {
    const out = join(dir, "plain.xlsx");
    expect((await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const projects = wb.getWorksheet("โครงการ")!;
    const letter = projects.getColumn((projects.getRow(TABLE_ROWS.keys).values as unknown[]).indexOf("decision")).letter;
    expect(listAt(projects, `${letter}${TABLE_ROWS.firstData}`)).toBe('"อนุมัติ,ชะลอ,ไม่อนุมัติ,ปรับปรุง"');
    const ws = wb.getWorksheet(kpiSheet.name)!;
    expect(ws.getCell(TABLE_ROWS.firstData + 8, col("step")).value).toBe("5.1");
  });
});
