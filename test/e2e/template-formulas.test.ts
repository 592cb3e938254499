/**
 * The template's KPI formulas agree with the core scorer. Each sample (and a
 * set of variants of the ตราด sample that move the level up and down) is
 * converted by LibreOffice, which recalculates every formula (they are
 * written without cached results), and the level and weighted score it
 * computed are compared with core's score of the same workbook.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGrids, KPI_RESULT_CELLS, kpiSheet } from "../../core";
import { readWorkbookFile } from "../../generator/reader";
import { buildWorkbook, fillWorkbook, NOT_ASSESSED, type InputRow, type WorkbookData } from "../../generator/workbook";
import { definitionsFor } from "../../core/kpi/definitions";
import { SAMPLES } from "../../templates/scripts/samples";
import { trat } from "../../templates/scripts/samples/trat";
import { resaveAllWithLibreOffice } from "../fixtures/libreoffice/resave";

const SAMPLES_DIR = join(import.meta.dirname, "../../templates/samples");
/** The samples whose year's pack defines KPI 3.6: a FY2570 workbook has no KPI 3.6 sheet to recalculate. */
const KPI_SAMPLES = SAMPLES.filter((s) => definitionsFor(s.data.info?.fiscalYear as number | undefined).some((k) => k.id === "3.6"));

/** A deep copy of the ตราด data with some KPI rows, meetings, projects or info fields changed. */
function variant(change: (d: WorkbookData) => void): WorkbookData {
  const d = structuredClone(trat) as WorkbookData;
  change(d);
  return d;
}

function kpiRow(d: WorkbookData, step: string): InputRow {
  const row = d.kpi!.find((r) => r.step === step);
  if (!row) throw new Error(`no KPI row ${step}`);
  return row;
}

/** Variants chosen so that each part of the formula decides a level somewhere. */
const VARIANTS: Record<string, WorkbookData> = {
  "all steps met, 4.1 on its due date": variant((d) => (kpiRow(d, "4.1").doneDate = "2009-10-31")),
  "1.3 one day late": variant((d) => (kpiRow(d, "1.3").doneDate = "2009-01-16")),
  "no pilot project flagged": variant((d) => d.projects!.forEach((p) => (p.pilot = false))),
  "no security-plan project flagged": variant((d) => d.projects!.forEach((p) => (p.securityPlan = false))),
  "2.2 without evidence": variant((d) => (kpiRow(d, "2.2").evidence = "  ")),
  "3.1 at 99 percent": variant((d) => (kpiRow(d, "3.1").percent = 99)),
  "3.1 as a fraction (1 = 100 %), all met": variant((d) => {
    kpiRow(d, "3.1").percent = 1;
    kpiRow(d, "4.1").doneDate = "2009-10-20";
  }),
  "no meeting in Q3": variant((d) => (d.kpiMeetings = d.kpiMeetings!.filter((m) => !/^2009-0[456]-/.test(String(m.date))))),
  "meetings only on the first and last days of quarters": variant((d) => {
    kpiRow(d, "4.1").doneDate = "2009-10-30";
    d.kpiMeetings = ["2008-10-01", "2009-03-31", "2009-04-01", "2009-09-30"].map((date, i) => ({ kpiId: "3.6", meetingNo: i + 1, date }));
  }),
  "no Q1 meeting (one the day before the year) and Q2's meeting for another KPI": variant((d) => {
    kpiRow(d, "4.1").doneDate = "2009-10-30";
    d.kpiMeetings = ["2008-09-30", "2009-04-01", "2009-09-30", "2009-02-01"].map((date, i) => ({
      kpiId: i === 3 ? "3.5" : "3.6",
      meetingNo: i + 1,
      date,
    }));
  }),
  "verdict ไม่ผ่าน with 4.1 on time": variant((d) => {
    kpiRow(d, "4.1").doneDate = "2009-10-01";
    kpiRow(d, "5.1").verdict = "ไม่ผ่าน";
  }),
  "verdict ผ่าน but no assessor": variant((d) => {
    kpiRow(d, "4.1").doneDate = "2009-10-01";
    kpiRow(d, "5.1").assessor = null;
  }),
  "flags typed as yes/✓ and the verdict as pass, all met": variant((d) => {
    kpiRow(d, "4.1").doneDate = "2009-10-02";
    kpiRow(d, "5.1").verdict = "pass";
    d.projects!.forEach((p) => {
      if (p.securityPlan) p.securityPlan = "yes";
      if (p.pilot) p.pilot = "✓";
    });
  }),
  "nothing done": variant((d) => (d.kpi = [])),
};

/**
 * What a formula cannot read: dates typed as text, a meeting's KPI code in
 * Thai digits, the info sheet's assessed flag against the KPI's own list.
 * Core reads them; so the sheet's score may differ, and core must then say
 * so with a finding at the cell (the rule named here).
 */
const UNREADABLE: Record<string, { data: WorkbookData; rule: string }> = {
  "4.1's date typed as text, on time (20 ต.ค. 52)": {
    data: variant((d) => (kpiRow(d, "4.1").doneDate = "20 ต.ค. 52")),
    rule: "kpi/formula-readable",
  },
  "1.3's date typed 14/01/2552": { data: variant((d) => (kpiRow(d, "1.3").doneDate = "14/01/2552")), rule: "kpi/formula-readable" },
  "3.1's date in Thai digits": { data: variant((d) => (kpiRow(d, "3.1").doneDate = "๒๕ ก.ย. ๒๕๕๒")), rule: "kpi/formula-readable" },
  "a follow-up meeting's KPI code in Thai digits": {
    data: variant((d) => (d.kpiMeetings![0].kpiId = "๓.๖")),
    rule: "kpi/formula-readable",
  },
  "the assessed flag ไม่ใช่ for ตราด, which the KPI's list assesses": {
    data: variant((d) => (d.info!.kpiAssessed = "ไม่ใช่")),
    rule: "kpi/assessed-flag",
  },
};

interface Computed {
  level: string | number | null;
  weighted: string | number | null;
}

/** Cell values as LibreOffice saved them, read from the sheet XML (exceljs drops cached results of 0). */
async function computedKpi(file: string): Promise<Computed> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet[^>]*name="${kpiSheet.name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const xml = await zip.file(`xl/${target!.replace(/^\/?xl\//, "")}`)!.async("string");
  const shared = await zip.file("xl/sharedStrings.xml")?.async("string");
  const strings = shared
    ? [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => [...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(""))
    : [];
  const read = (a1: string): string | number | null => {
    const m = new RegExp(`<c r="${a1}"([^>]*)>(.*?)</c>`, "s").exec(xml);
    if (!m) return null;
    const type = /t="(\w+)"/.exec(m[1])?.[1] ?? "n";
    const v = /<v>(.*?)<\/v>/s.exec(m[2])?.[1];
    if (v === undefined) return null;
    if (type === "s") return strings[Number(v)];
    if (type === "n") return Number(v);
    return v;
  };
  return { level: read(KPI_RESULT_CELLS.level), weighted: read(KPI_RESULT_CELLS.weighted) };
}

/** What core says, in the cells' terms. */
function expected(file: string, grids: Awaited<ReturnType<typeof readWorkbookFile>>): Computed {
  const kpi = checkGrids(grids).kpi.find((k) => k.kpiId === "3.6");
  if (!kpi) throw new Error(`core scored no KPI 3.6 for ${file}`);
  if (!kpi.assessed) return { level: NOT_ASSESSED, weighted: NOT_ASSESSED };
  return { level: kpi.level, weighted: kpi.weighted };
}

describe("the template's KPI formulas, recalculated by LibreOffice, agree with core scoring", () => {
  const dir = mkdtempSync(join(tmpdir(), "phaen-formulas-"));
  const inputs: { name: string; file: string }[] = [];

  beforeAll(async () => {
    for (const s of KPI_SAMPLES) inputs.push({ name: s.file, file: join(SAMPLES_DIR, s.file) });
    mkdirSync(join(dir, "variants"));
    let i = 0;
    for (const [name, data] of Object.entries(VARIANTS)) {
      const file = join(dir, "variants", `variant-${++i}.xlsx`);
      await fillWorkbook(buildWorkbook({ instructions: false }), data).xlsx.writeFile(file);
      inputs.push({ name, file });
    }
    for (const [name, { data }] of Object.entries(UNREADABLE)) {
      const file = join(dir, "variants", `variant-${++i}.xlsx`);
      await fillWorkbook(buildWorkbook({ instructions: false }), data).xlsx.writeFile(file);
      inputs.push({ name, file });
    }
    // LibreOffice recalculates the formulas as it saves.
    resaveAllWithLibreOffice(
      inputs.map((x) => x.file),
      join(dir, "out"),
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("covers every level from 0 to 5 and the not-assessed case", async () => {
    const levels = new Set<unknown>();
    for (const x of inputs) levels.add(expected(x.name, await readWorkbookFile(x.file)).level);
    expect([...levels].sort()).toEqual([0, 1, 2, 3, 4, 5, NOT_ASSESSED].sort());
  });

  it.each(KPI_SAMPLES.map((s) => s.file).concat(Object.keys(VARIANTS)))("%s", async (name) => {
    const input = inputs.find((x) => x.name === name)!;
    const want = expected(name, await readWorkbookFile(input.file));
    const got = await computedKpi(join(dir, "out", basename(input.file)));
    expect(got.level).toEqual(want.level);
    if (typeof want.weighted === "number") expect(got.weighted).toBeCloseTo(want.weighted, 10);
    else expect(got.weighted).toEqual(want.weighted);
  });

  it.each(Object.keys(UNREADABLE))("where the formulas cannot read it, core says so at the cell: %s", async (name) => {
    const input = inputs.find((x) => x.name === name)!;
    const grids = await readWorkbookFile(input.file);
    const flagged = checkGrids(grids).findings.filter((f) => f.ruleId === UNREADABLE[name].rule && f.severity !== "info");
    // The finding is there whether or not this case happens to move the level, so the displayed score is never silently wrong.
    expect(flagged.length).toBeGreaterThan(0);
  });

  it("the sheet's score does differ from core's in some of those cases (which is why they are findings)", async () => {
    const differing: string[] = [];
    for (const name of Object.keys(UNREADABLE)) {
      const input = inputs.find((x) => x.name === name)!;
      const want = expected(name, await readWorkbookFile(input.file));
      if ((await computedKpi(join(dir, "out", basename(input.file)))).level !== want.level) differing.push(name);
    }
    expect(differing).toContain("4.1's date typed as text, on time (20 ต.ค. 52)");
  });
});
