/** The 2565 decree end to end: phaen new for FY2570, the FY2570 sample's findings, its screening report and the packets. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { phaen as run } from "../helpers/phaen";
import { docxText } from "./documents-fixture";
import { tempDir } from "./reader-workbooks";

const dir = tempDir("phaen-today-");
const SAMPLE = resolve("templates/samples/khon-kaen-2570.xlsx");

const phaen = (...args: string[]) => run(args);

async function sheetTexts(file: string): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string[]>();
  for (const ws of wb.worksheets) {
    const t: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (c.value != null && t.push(String(c.text)))));
    out.set(ws.name, t);
  }
  return out;
}

describe("phaen new --year 2570", () => {
  it("writes the FY2570 pack's workbook: plan 2566–2570, its review edition, the alignment columns and the 20-year goal sheet", async () => {
    const out = join(dir, "trat-2570.xlsx");
    const r = await phaen("new", "--province", "ตราด", "--year", "2570", "--out", out);
    expect(r.code, r.err).toBe(0);
    const sheets = await sheetTexts(out);
    const projects = sheets.get("โครงการ")!;
    for (const h of ["ยุทธศาสตร์ชาติ (ด้าน)", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ (ประเด็น)", "หมุดหมาย (แผนพัฒนาฯ ฉบับที่ 13)", "เป้าหมายการพัฒนาที่ยั่งยืน (SDGs)"])
      expect(projects).toContain(h);
    expect(sheets.has("เป้าหมาย 20 ปี")).toBe(true);
    const info = sheets.get("ข้อมูลทั่วไป")!;
    expect(info).toEqual(expect.arrayContaining(["2566", "2570", "ฉบับทบทวน ประจำปี 2570", "2585"]));
    expect(sheets.get("ขั้นตอนการอนุมัติ") ?? [...sheets.values()].flat()).toEqual(expect.arrayContaining(["ก.น.บ. พิจารณา"]));
    // The dropdowns' lists come from the reference data.
    expect(sheets.get("_alignment")).toEqual(expect.arrayContaining(["03 การเกษตร", "6 ด้านการปรับสมดุลและพัฒนาระบบการบริหารจัดการภาครัฐ"]));
  });

  it("leaves a FY2552 workbook without them", async () => {
    const out = join(dir, "trat-2552.xlsx");
    expect((await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out)).code).toBe(0);
    const sheets = await sheetTexts(out);
    expect(sheets.get("โครงการ")).not.toContain("ยุทธศาสตร์ชาติ (ด้าน)");
    expect(sheets.has("เป้าหมาย 20 ปี")).toBe(false);
    expect(sheets.has("_alignment")).toBe(false);
  });
});

describe("the FY2570 sample", () => {
  it("is checked under the FY2570 pack and its planted defects are found at their cells", async () => {
    const r = await phaen("check", SAMPLE, "--json");
    const [json] = (
      JSON.parse(r.out) as { files: { pack: { id: string }; findings: { ruleId: string; cell: string; project?: string }[] }[] }
    ).files;
    expect(json.pack.id).toBe("FY2570");
    const errors = json.findings.filter((f) => f.ruleId.startsWith("alignment/")).map((f) => `${f.ruleId} ${f.cell} ${f.project}`);
    expect(errors).toEqual([
      "alignment/strategy-missing AU4 KK70-002",
      "alignment/master-plan-missing AV4 KK70-002",
      "alignment/unknown-code AY6 KK70-004",
      "alignment/sub-plan-mismatch AV5:AW5 KK70-003",
    ]);
    expect(json.findings.some((f) => f.ruleId === "budget/ceiling")).toBe(false);
  });

  it("has a screening report with the inside/over-ceiling split and each project's alignment", async () => {
    const out = join(dir, "docs");
    expect((await phaen("generate", SAMPLE, "--out", out)).code).toBe(0);
    const text = await docxText(readFileSync(join(out, "ขอนแก่น-2570-4-รายงานผลการพิจารณากลั่นกรอง.docx")));
    // The report's own ceiling section (every pack), then each project's alignment line (the FY2570 pack's).
    expect(text).toContain("ผลการพิจารณาโครงการตามกรอบวงเงิน");
    expect(text).toMatch(/ภายในกรอบวงเงิน \(\S+ โครงการ/);
    expect(text).toMatch(/เกินกรอบวงเงิน \(\S+ โครงการ/);
    expect(text).toMatch(/ยุทธศาสตร์ชาติ 2 ด้านการสร้างความสามารถในการแข่งขัน · แผนแม่บท 08/);
    expect(text).toMatch(/ยุทธศาสตร์ชาติ ไม่ระบุ · แผนแม่บท ไม่ระบุ/);
    expect(text).toMatch(/ลำดับความสำคัญ 5 · รับทราบ/);
  });
});

describe("phaen packet under the 2565 decree", () => {
  it("takes the FY2570 workbook for ก.น.บ. and leaves the FY2552 one out with the reason, exit 1", async () => {
    const r = await phaen(
      "packet",
      SAMPLE,
      resolve("templates/samples/khon-kaen-2552.xlsx"),
      "--committee",
      "กนบ",
      "--out",
      join(dir, "knb.docx"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/khon-kaen-2552\.xlsx: ก\.น\.บ\. ไม่พิจารณาสมุดงานตามชุดกติกา FY2552/);
  });

  it("leaves the FY2570 workbook out of a ก.น.จ. packet", async () => {
    const r = await phaen(
      "packet",
      SAMPLE,
      resolve("templates/samples/khon-kaen-2552.xlsx"),
      "--committee",
      "กนจ",
      "--out",
      join(dir, "knj.docx"),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/khon-kaen-2570\.xlsx: ก\.น\.จ\. ไม่พิจารณาสมุดงานตามชุดกติกา FY2570/);
  });
});

describe("the FY2570 sample's README", () => {
  it("lists every planted defect, each found at its cell", async () => {
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(resolve("templates/samples/README.md"), "utf8");
    const planted = [...readme.matchAll(/^\| *K\d+ *\| *([^|]+?) *\| *`([A-Z]+\d+(?::[A-Z]+\d+)?)` *\| *`([^`]+)` *\|/gm)].map(
      (m) => `${m[3]} ${m[1]}!${m[2]}`,
    );
    expect(planted).toHaveLength(4);
    const [json] = (
      JSON.parse((await phaen("check", SAMPLE, "--json")).out) as {
        files: { findings: { ruleId: string; sheet: string; cell: string }[] }[];
      }
    ).files;
    const found = new Set(json.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`));
    for (const p of planted) expect(found, p).toContain(p);
  });
});
