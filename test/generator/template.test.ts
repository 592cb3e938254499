/**
 * The committed template and samples are what the scripts write today, and
 * the template has what a planner relies on: Thai headers over English keys,
 * bounded dropdowns from the schema's enumerations, BE dates and baht,
 * frozen headers, defined names, the version sheet, and locked KPI formulas
 * without cached results.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  CRITERION_NAMES,
  isNumberedCriterion,
  checkGrids,
  DEFINED_NAMES,
  ENUMS,
  INSTRUCTIONS_SHEET,
  META_SHEET,
  SHEETS as ALL_SHEETS,
  TEMPLATE_VERSION,
  enumOptions,
  inWorkbook,
  kpiSheet,
  letterOf,
  type Grid,
} from "../../core";
import { gridsFromWorkbook } from "../../generator/reader";
import { BAHT_FORMAT, BE_DATE_FORMAT, KPI36_STEPS } from "../../generator/workbook";
import { SAMPLES } from "../../templates/scripts/samples";
import { sampleWorkbook } from "../../templates/scripts/write-samples";
import { templateWorkbook } from "../../templates/scripts/write-template";

const ROOT = join(import.meta.dirname, "../..");
/** The template is the FY2552 workbook: no pack feature's sheets or columns. */
const SHEETS = ALL_SHEETS.filter((s) => inWorkbook(s, [])).map((s) => ({ ...s, columns: s.columns.filter((c) => inWorkbook(c, [])) }));
const TEMPLATE = join(ROOT, "templates/workbook-template.xlsx");

async function load(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ExcelJS.Buffer);
  return wb;
}

interface RawSheet {
  name: string;
  xml: string;
}

/** Each sheet's XML by tab name: validations and formulas are checked as Excel will read them. */
async function rawSheets(bytes: Buffer | ArrayBuffer): Promise<{ sheets: RawSheet[]; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets: RawSheet[] = [];
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)![1];
    sheets.push({ name: m[1], xml: await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string") });
  }
  return { sheets, workbook };
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function validations(xml: string): { sqref: string; type: string; formula1: string }[] {
  return [...xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/gs)].map((m) => ({
    sqref: /sqref="([^"]+)"/.exec(m[1])![1],
    type: /type="([^"]+)"/.exec(m[1])![1],
    formula1: unescapeXml(/<formula1>(.*?)<\/formula1>/s.exec(m[2])?.[1] ?? ""),
  }));
}

/** Everything a user or the checker could notice, and nothing that changes on every write (zip bytes, timestamps). */
async function contentOf(bytes: Buffer | ArrayBuffer): Promise<unknown> {
  const wb = await load(bytes);
  const raw = await rawSheets(bytes);
  return {
    definedNames: wb.definedNames.model,
    fullCalcOnLoad: /fullCalcOnLoad="1"/.test(raw.workbook),
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.numFmt ?? null, c.protection?.locked ?? null])));
      return {
        name: ws.name,
        state: ws.state,
        views: (ws.views ?? []).map((v) => [v.state, (v as { ySplit?: number }).ySplit ?? 0]),
        columns: (ws.columns ?? []).map((c) => [c.width ?? null, c.numFmt ?? null]),
        protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null,
        validations: validations(raw.sheets.find((s) => s.name === ws.name)!.xml),
        cells,
      };
    }),
  };
}

async function written(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const committed = readFileSync(TEMPLATE);

describe("templates/workbook-template.xlsx", () => {
  it("is what the template script writes from today's schema", async () => {
    expect(await contentOf(committed)).toEqual(await contentOf(await written(templateWorkbook())));
  });

  it("has the instructions first, every schema sheet in order, and a hidden _meta with the version", async () => {
    const wb = await load(committed);
    expect(wb.worksheets.map((w) => w.name)).toEqual([INSTRUCTIONS_SHEET, ...SHEETS.map((s) => s.name), META_SHEET]);
    const meta = wb.getWorksheet(META_SHEET)!;
    expect([meta.getCell("A1").value, meta.getCell("B1").value, meta.state]).toEqual(["templateVersion", TEMPLATE_VERSION, "hidden"]);
  });

  it("explains every column of every sheet: key, allowed values and the criteria that read it", async () => {
    const ws = (await load(committed)).getWorksheet(INSTRUCTIONS_SHEET)!;
    // Column lines by sheet: each sheet's block starts with a line "แผ่นงาน «name»".
    const lines = new Map<string, string[]>();
    let current = "";
    ws.eachRow((r) => {
      const cells = (r.values as unknown[]).slice(1).map((v) => String(v ?? ""));
      const start = /^แผ่นงาน «(.+)»$/.exec(cells[0] ?? "");
      if (start) current = start[1];
      else if (current) lines.set(`${current}|${cells[1]}`, cells);
    });
    for (const sheet of SHEETS) {
      for (const col of sheet.columns) {
        const line = lines.get(`${sheet.name}|${col.key}`);
        expect(line?.[0].trim()).toBe(col.th);
        expect(line, `${sheet.name}: ${col.key}`).toBeDefined();
        if (col.enumKey)
          expect(line![4]).toBe(
            enumOptions(col.enumKey)
              .map((o) => o.value)
              .join(" / "),
          );
        // "เกณฑ์ 4.2" for a numbered criterion, the family's Thai name (as the report says it) for the others.
        for (const c of col.criteria) expect(line![5]).toContain(isNumberedCriterion(c) ? `เกณฑ์ ${c}` : CRITERION_NAMES[c].th);
      }
    }
  });

  it("puts Thai headers over English keys, freezes them and sizes columns from the schema", async () => {
    const wb = await load(committed);
    for (const def of SHEETS.filter((s) => s.layout === "table")) {
      const ws = wb.getWorksheet(def.name)!;
      def.columns.forEach((col, i) => {
        expect(ws.getCell(1, i + 1).value).toBe(col.th);
        expect(ws.getCell(1, i + 1).font.bold).toBe(true);
        expect(ws.getCell(2, i + 1).value).toBe(col.key);
        expect(ws.getColumn(i + 1).width).toBe(col.width);
      });
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    }
  });

  it("gives every enumeration and yes/no column a dropdown of the schema's values on bounded rows only", async () => {
    const { sheets } = await rawSheets(committed);
    for (const def of SHEETS.filter((s) => s.layout === "table")) {
      const dvs = validations(sheets.find((s) => s.name === def.name)!.xml);
      for (const col of def.columns.filter((c) => c.type === "enum" || c.type === "bool")) {
        const letter = letterOf(def, col.key);
        const dv = dvs.find((d) => d.sqref.startsWith(`${letter}3:`));
        expect(dv, `${def.name}!${letter}`).toBeDefined();
        expect(dv!.type).toBe("list");
        expect(dv!.sqref).toBe(`${letter}3:${letter}${def.templateRows + 2}`);
        expect(dv!.formula1).toBe(
          `"${enumOptions(col.enumKey!)
            .map((o) => o.value)
            .join(",")}"`,
        );
      }
      for (const dv of dvs) expect(dv.sqref).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    }
  });

  it("shows dates in Buddhist Era and money in baht, and validates dates as dates", async () => {
    const wb = await load(committed);
    const { sheets } = await rawSheets(committed);
    for (const def of SHEETS.filter((s) => s.layout === "table")) {
      const ws = wb.getWorksheet(def.name)!;
      const dvs = validations(sheets.find((s) => s.name === def.name)!.xml);
      for (const col of def.columns) {
        const letter = letterOf(def, col.key);
        if (col.type === "date") {
          expect(ws.getColumn(letter).numFmt, `${def.name}!${letter}`).toBe(BE_DATE_FORMAT);
          expect(dvs.find((d) => d.sqref.startsWith(`${letter}3:`))?.type).toBe("date");
        }
        if (col.type === "money") expect(ws.getColumn(letter).numFmt).toBe(BAHT_FORMAT);
      }
    }
  });

  it("names the version, province, fiscal year, KPI applicability and KPI result cells", async () => {
    const names = Object.fromEntries((await load(committed)).definedNames.model.map((n) => [n.name, n.ranges[0]]));
    expect(names[DEFINED_NAMES.templateVersion]).toBe("'_meta'!$B$1");
    expect(names[DEFINED_NAMES.province]).toBe("'ข้อมูลทั่วไป'!$B$3");
    expect(names[DEFINED_NAMES.fiscalYear]).toBe("'ข้อมูลทั่วไป'!$B$5");
    expect(names[DEFINED_NAMES.kpiAssessed]).toBe("'ข้อมูลทั่วไป'!$B$11");
    expect(names[DEFINED_NAMES.kpiLevel]).toMatch(/^'ตัวชี้วัด 3\.6'!\$[A-Z]+\$\d+$/);
    expect(names[DEFINED_NAMES.kpiWeighted]).toMatch(/^'ตัวชี้วัด 3\.6'!\$[A-Z]+\$\d+$/);
  });

  it("pre-fills the nine KPI 3.6 steps with real due dates, and locks its formulas, which carry no cached result", async () => {
    const wb = await load(committed);
    const ws = wb.getWorksheet(kpiSheet.name)!;
    expect(KPI36_STEPS.map((s) => s.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "5.1"]);
    KPI36_STEPS.forEach((step, i) => {
      const r = 3 + i;
      expect(ws.getCell(`B${r}`).value).toBe(step.code);
      expect(ws.getCell(`C${r}`).value).toBe(step.level);
      const due = ws.getCell(`E${r}`).value;
      if (step.due) expect((due as Date).toISOString().slice(0, 10)).toBe(step.due);
      else expect(due).toBeNull();
      expect(ws.getCell(`F${r}`).protection.locked).toBe(false);
      expect(ws.getCell(`B${r}`).protection?.locked).not.toBe(false);
    });
    const { sheets, workbook } = await rawSheets(committed);
    const xml = sheets.find((s) => s.name === kpiSheet.name)!.xml;
    const formulas = [...xml.matchAll(/<c [^>]*>(<f>.*?<\/f>.*?)<\/c>/gs)].map((m) => m[1]);
    expect(formulas.length).toBeGreaterThanOrEqual(KPI36_STEPS.length + 9);
    for (const f of formulas) expect(f).not.toContain("<v>");
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(workbook).toMatch(/fullCalcOnLoad="1"/);
  });
});

function gridsOf(wb: ExcelJS.Workbook): Grid[] {
  return gridsFromWorkbook(wb);
}

describe("templates/samples", () => {
  it.each(SAMPLES.map((s) => [s.file, s] as const))("%s is what the sample script writes today", async (file, sample) => {
    const bytes = readFileSync(join(ROOT, "templates/samples", file));
    expect(await contentOf(bytes)).toEqual(await contentOf(await written(sampleWorkbook(sample))));
  });

  async function check(file: string) {
    return checkGrids(gridsOf(await load(readFileSync(join(ROOT, "templates/samples", file)))));
  }

  it("ขอนแก่น passes with no error and is not assessed for KPI 3.6", async () => {
    const r = await check("khon-kaen-2552.xlsx");
    expect(r.province).toBe("ขอนแก่น");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.kpi[0]).toMatchObject({ assessed: false, level: null });
  });

  it("the cluster workbook is the ก.บ.ก.'s, with no error, and not assessed", async () => {
    const r = await check("cluster-east-2552.xlsx");
    expect(r.model.info.values.level).toBe("กลุ่มจังหวัด");
    expect(r.model.committee.rows.every((m) => m.committee === "ก.บ.ก.")).toBe(true);
    expect(r.model.projects.rows.every((p) => p.kind === "กลุ่มจังหวัด")).toBe(true);
    expect(r.counts.error).toBe(0);
    expect(r.kpi[0].assessed).toBe(false);
  });

  it("ตราด has at least 40 projects of all four kinds and shows every planted defect listed in the README", async () => {
    const r = await check("trat-2552.xlsx");
    expect(r.model.projects.rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(r.model.projects.rows.map((p) => p.kind))).toEqual(new Set(ENUMS.projectKind.options.map((o) => o.value)));
    expect(new Set(r.model.projects.rows.map((p) => p.missionGroup)).size).toBe(4);
    const readme = readFileSync(join(ROOT, "templates/samples/README.md"), "utf8");
    const planted = [...readme.matchAll(/^\| *\d+ *\| *([^|]+?) *\| *`([A-Z]+\d+(?::[A-Z]+\d+)?)` *\| *`([^`]+)` *\|/gm)].map(
      (m) => `${m[3]} ${m[1]}!${m[2]}`,
    );
    expect(planted.length).toBeGreaterThanOrEqual(15);
    const found = new Set(r.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`));
    for (const p of planted) expect(found, p).toContain(p);
    expect(new Set(r.findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(20);
    expect(r.kpi[0]).toMatchObject({ assessed: true, level: 3 });
  });
});
