import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { kpiSheet } from "../../core";
import { phaen as run } from "../helpers/phaen";
import { tempDir } from "./reader-workbooks";

/** A pack file as parsed JSON: the tests break it in ways no pack type allows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PackJson = Record<string, any>;

const PACK = resolve("core/packs/fy2552.json");
const TRAT = resolve("templates/samples/trat-2552.xlsx");
const dir = tempDir("phaen-packs-");

const phaen = (...args: string[]) => run(args);

/** A copy of FY2552 with a change, written as YAML (a secretariat may keep either). */
function copy(name: string, change: (p: PackJson) => void): string {
  const data = JSON.parse(readFileSync(PACK, "utf8"));
  change(data);
  const file = join(dir, name);
  writeFileSync(file, name.endsWith(".json") ? JSON.stringify(data, null, 2) : stringify(data));
  return file;
}

const level36 = (out: string) => (JSON.parse(out).kpi as { kpiId: string; level: number | null }[]).find((k) => k.kpiId === "3.6")?.level;

describe("phaen packs", () => {
  it("lists the shipped packs with their years, regime and KPIs", async () => {
    const r = await phaen("packs", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      expect.objectContaining({
        id: "FY2552",
        fiscalYears: { from: 2552, to: 2552 },
        regime: expect.objectContaining({ id: "decree-2551" }),
      }),
      expect.objectContaining({
        id: "FY2570",
        fiscalYears: { from: 2566, to: 2570 },
        regime: expect.objectContaining({ id: "decree-2565" }),
      }),
    ]);
    expect((await phaen("packs")).out).toMatch(/^FY2552\s+ปีงบประมาณ 2552\s+พระราชกฤษฎีกา.*2551\s+ตัวชี้วัด 3\.6/);
    const en = (await phaen("packs", "--lang", "en")).out.split("\n");
    expect(en[0]).toMatch(/^FY2552\tfiscal year 2552\tRoyal Decree .*2551.*\tKPI 3\.6$/);
    expect(en[1]).toMatch(/^FY2570\tfiscal years 2566–2570\t.*\tKPIs -$/);
  });

  it("--validate accepts an edited YAML copy and refuses a broken one in one line naming the path", async () => {
    const ok = await phaen(
      "packs",
      "--validate",
      copy("fy2553.yaml", (p) => (p.id = "FY2553")),
    );
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/fy2553\.yaml: ใช้ได้ · FY2553/);
    const bad = copy("broken.json", (p) => (p.kpis[0].levels[2].steps[1].perQuarter = "1"));
    const r = await phaen("packs", "--validate", bad);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^phaen: ${bad}: .*kpis\\[0\\]\\.levels\\[2\\]\\.steps\\[1\\]\\.perQuarter: .* / bad rule pack: kpis\\[0\\]\\.levels\\[2\\]\\.steps\\[1\\]\\.perQuarter: `,
        ),
      ),
    ]);
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, '{"id": "x",');
    expect(await phaen("packs", "--validate", notJson)).toMatchObject({ code: 2, err: expect.stringMatching(/not readable JSON/) });
  });
});

describe("--pack on the commands that check and score", () => {
  it("a copy with KPI 3.6 level 4 due a month later lifts ตราด from level 3 to 5", async () => {
    expect(level36((await phaen("score", TRAT, "--json")).out)).toBe(3);
    const moved = copy("moved.yaml", (p) => (p.kpis[0].levels[3].steps[0].due = "2009-11-30"));
    const r = await phaen("score", TRAT, "--pack", moved, "--json");
    expect(r.code).toBe(1);
    expect(level36(r.out)).toBe(5);
    expect(JSON.parse(r.out).pack).toMatchObject({ id: "FY2552", covers: true });
  });

  it("the default pack, --pack FY2552 and --pack <its file> give the same findings", async () => {
    const findings = async (...extra: string[]) => JSON.parse((await phaen("check", TRAT, "--json", ...extra)).out).files[0].findings;
    const byDefault = await findings();
    expect(byDefault.length).toBeGreaterThan(30);
    expect(await findings("--pack", "FY2552")).toEqual(byDefault);
    expect(await findings("--pack", PACK)).toEqual(byDefault);
  });

  it("a rule turned off in the pack is not reported", async () => {
    const off = copy("off.json", (p) => (p.rules.list["kpi/step-late"] = { enabled: false }));
    const ids = async (...extra: string[]) =>
      JSON.parse((await phaen("check", TRAT, "--json", ...extra)).out).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(await ids()).toContain("kpi/step-late");
    expect(await ids("--pack", off)).not.toContain("kpi/step-late");
  });

  it("diff compares the findings under the pack given: a rule the pack turns off is not open in either version", async () => {
    const off = copy("off-dates.json", (p) => (p.rules.list["4.2/dates"] = { enabled: false }));
    const open = async (...extra: string[]) => {
      const r = await phaen("diff", TRAT, TRAT, "--json", ...extra);
      expect(r.code).toBe(0);
      return JSON.parse(r.out).findings.open.map((f: { ruleId: string }) => f.ruleId);
    };
    expect(await open()).toContain("4.2/dates");
    expect(await open("--pack", off)).not.toContain("4.2/dates");
    expect((await phaen("diff", TRAT, TRAT, "--pack", "FY2099")).code).toBe(2);
  });

  it("a pack that is neither a file nor a shipped id, or is broken, stops the command: one line, exit 2", async () => {
    const r = await phaen("check", TRAT, "--pack", "FY2099");
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(/ไม่พบชุดกติกา "FY2099".* \/ no rule pack "FY2099"/)]);
    const broken = copy("broken-date.json", (p) => (p.kpis[0].levels[3].steps[0].due = "2009-13-45"));
    const s = await phaen("score", TRAT, "--pack", broken);
    expect(s).toMatchObject({ code: 2, out: "" });
    expect(s.err.trim().split("\n")).toHaveLength(1);
    expect(s.err).toContain("kpis[0].levels[3].steps[0].due");
  });
});

describe("a year no pack covers", () => {
  it("new leaves the KPI sheet empty and says so; check says which pack it used; score has no KPI", async () => {
    const out = join(dir, "trat-2553.xlsx");
    const made = await phaen("new", "--province", "ตราด", "--year", "2553", "--out", out);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/no KPI is defined for fiscal year 2553 yet \(pack FY2552\): the KPI sheet is left empty/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(kpiSheet.name)!;
    const filled: string[] = [];
    ws.eachRow((row, r) => row.eachCell((c) => r >= 3 && c.value !== null && filled.push(c.address)));
    expect(filled).toEqual([]);

    const check = await phaen("check", out);
    expect(check.err.trim().split("\n")).toEqual([
      expect.stringMatching(
        /no rule pack covers fiscal year 2553: using the rules of pack FY2552 \(2552–2552\), with no KPI for this year$/,
      ),
    ]);
    const score = await phaen("score", out, "--lang", "en");
    expect(score.out).toMatch(/no KPI defined for this fiscal year/);
  });

  it("new under an edited pack writes its due dates on the KPI sheet", async () => {
    const moved = copy("moved-new.json", (p) => (p.kpis[0].levels[3].steps[0].due = "2009-11-30"));
    const out = join(dir, "trat-2552.xlsx");
    expect((await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out, "--pack", moved)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(kpiSheet.name)!;
    const dues: string[] = [];
    ws.eachRow((row, r) => {
      const v = row.getCell(kpiSheet.columns.findIndex((c) => c.key === "dueDate") + 1).value;
      if (r >= 3 && v instanceof Date) dues.push(v.toISOString().slice(0, 10));
    });
    expect(dues).toContain("2009-11-30");
    expect(dues).not.toContain("2009-10-31");
  });
});
