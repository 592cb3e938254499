import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkModel, enumOptions, parseWorkbook, RULES } from "../../core";
import { readWorkbookFile } from "../../generator/reader";
import { phaen as run } from "../helpers/phaen";
import { sha256, tempDir, writeSampleWorkbook } from "./reader-workbooks";

const dir = tempDir("phaen-cli-");
const phaen = (...args: string[]) => run(args);

describe("phaen rules", () => {
  it("prints the whole catalogue as JSON with Thai and English titles", async () => {
    const r = await phaen("rules", "--json");
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as Record<string, string>[];
    expect(list.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const x of list) {
      expect(Object.keys(x)).toEqual(["id", "criterion", "severity", "titleTh", "titleEn", "fixTh", "fixEn"]);
      expect(x.titleTh).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it("prints a Thai table, an English one with --lang en, and refuses an unknown language", async () => {
    expect((await phaen("rules")).out.split("\n")[0]).toMatch(/^รหัสเกณฑ์\s+หลักเกณฑ์\s+ระดับ\s+ชื่อ/);
    expect((await phaen("rules", "--lang", "en")).out.split("\n")[0]).toMatch(/^Rule\s+Criterion\s+Severity\s+Title/);
    const bad = await phaen("rules", "--lang", "fr");
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toEqual([expect.stringMatching(/ไม่รู้จักภาษา "fr".* \/ unknown language "fr"/)]);
  });
});

describe("phaen check and score", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(dir, "batch");
    mkdirSync(folder);
    await writeSampleWorkbook(join(folder, "trat.xlsx"));
    await writeSampleWorkbook(join(folder, "khonkaen.xlsx"), { info: { province: "ขอนแก่น" } });
    writeFileSync(join(folder, "~$trat.xlsx"), "lock");
    writeFileSync(join(folder, "notes.txt"), "not a workbook");
  });

  it("expands a folder to its .xlsx files (not Excel's lock files) and prints JSON per file", async () => {
    const r = await phaen("check", folder, "--json");
    const j = JSON.parse(r.out);
    expect(j.files.map((f: { file: string }) => f.file)).toEqual([join(folder, "khonkaen.xlsx"), join(folder, "trat.xlsx")]);
    expect(j.files.map((f: { province: string }) => f.province)).toEqual(["ขอนแก่น", "ตราด"]);
    const errors = j.files.reduce((n: number, f: { counts: { error: number } }) => n + f.counts.error, 0);
    // These workbooks have error findings: the job is done, with exit 1.
    expect(errors).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    for (const f of j.files) for (const x of f.findings) expect(x.cell).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
    // No progress bar when stderr is not a terminal.
    expect(r.err).toBe("");
  });

  it("prints every finding with its sheet!cell and a summary table for a batch", async () => {
    const first = await phaen("check", folder, "--json");
    expect(first.err).toBe("");
    const json = JSON.parse(first.out);
    const text = await phaen("check", folder);
    for (const f of json.files) for (const x of f.findings) expect(text.out).toContain(`${x.sheet}!${x.cell}  ${x.message}`);
    expect(text.out).toMatch(/ไฟล์\s+จังหวัด\s+ข้อผิดพลาด\s+คำเตือน\s+ระดับ KPI\s+คะแนนถ่วงน้ำหนัก/);
    expect(text.out).toMatch(/khonkaen\.xlsx\s+ขอนแก่น\s+\d+\s+\d+\s+3\.6: ไม่ต้องประเมิน/);
  });

  it("shows a progress bar for a batch only when stderr is a terminal", async () => {
    const tty = await run(["check", folder], { tty: true });
    expect(tty.err).toMatch(/░/);
    expect(tty.err).toMatch(/2\/2/);
    // The reports wait for the bar to finish, then print as they would without it.
    const plain = await phaen("check", folder);
    expect(plain.err).toBe("");
    expect(tty.out).toBe(plain.out);
  });

  it("scores KPI 3.6 for an assessed province and says not assessed for an inland one", async () => {
    const trat = await phaen("score", join(folder, "trat.xlsx"), "--json");
    const j = JSON.parse(trat.out);
    expect(j.kpi.find((k: { kpiId: string }) => k.kpiId.includes("3.6"))).toMatchObject({
      assessed: true,
      level: 0,
      score: 0,
      weighted: 0,
    });
    expect(j.counts.error).toBeGreaterThan(0);
    expect(trat.code).toBe(1);
    const kk = await phaen("score", join(folder, "khonkaen.xlsx"));
    expect(kk.out).toContain("ไม่ต้องประเมิน");
    expect(kk.out).not.toMatch(/คะแนน 0/);
  });

  it("exits 2 with one line when score cannot read its file", async () => {
    const r = await phaen("score", join(folder, "notes.txt"));
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/notes\.txt: .*CSV.* \/ a text or CSV file/);
  });
});

describe("phaen new", () => {
  it("fills the province, its cluster, the fiscal year and KPI applicability", async () => {
    const out = join(dir, "trat-new.xlsx");
    const r = await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out);
    expect(r.code).toBe(0);
    const model = parseWorkbook(await readWorkbookFile(out));
    expect(model.info.values).toMatchObject({
      level: "จังหวัด",
      province: "ตราด",
      cluster: "กลุ่มจังหวัดภาคตะวันออก",
      fiscalYear: 2552,
      kpiAssessed: true,
    });
    expect(model.templateVersion).not.toBeNull();
    // The six approval steps are listed in order, dates left to the planner: no step is reported missing.
    expect(model.approvals.rows.map((r) => [r.step, r.date])).toEqual(enumOptions("approvalStep").map((o) => [o.value, null]));
    expect(checkModel(model).findings.filter((f) => f.ruleId.startsWith("process/"))).toEqual([]);
    const kk = join(dir, "khonkaen-new.xlsx");
    expect((await phaen("new", "--province", "ขอนแก่น", "--year", "2552", "--out", kk)).code).toBe(0);
    expect(parseWorkbook(await readWorkbookFile(kk)).info.values).toMatchObject({ province: "ขอนแก่น", kpiAssessed: false });
    expect(readdirSync(dir).filter((f) => f.startsWith(".phaen-tmp-"))).toEqual([]);
  });

  it("refuses to overwrite without --force and leaves the file unchanged", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    const before = sha256(out);
    const r = await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/มีไฟล์นี้อยู่แล้ว .* \/ the file already exists/);
    expect(sha256(out)).toBe(before);
    expect((await phaen("new", "--province", "ตราด", "--year", "2552", "--out", out, "--force")).code).toBe(0);
    expect(sha256(out)).not.toBe(before);
  });

  it("refuses an unknown province, a province that did not exist yet, and a year that is not BE", async () => {
    const out = join(dir, "never.xlsx");
    for (const args of [
      ["--province", "นาร์เนีย", "--year", "2552"],
      ["--province", "บึงกาฬ", "--year", "2552"],
      ["--province", "ตราด", "--year", "2009"],
    ]) {
      const r = await phaen("new", ...args, "--out", out);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/^\s+at /m);
    }
    expect(readdirSync(dir)).not.toContain("never.xlsx");
  });

  it("makes a cluster workbook with --cluster, its operations-centre province a member of the cluster", async () => {
    const out = join(dir, "east-new.xlsx");
    const r = await phaen("new", "--cluster", "ภาคตะวันออก", "--province", "ชลบุรี", "--year", "2552", "--out", out);
    expect(r.code).toBe(0);
    expect(parseWorkbook(await readWorkbookFile(out)).info.values).toMatchObject({
      level: "กลุ่มจังหวัด",
      province: "ชลบุรี",
      cluster: "กลุ่มจังหวัดภาคตะวันออก",
      fiscalYear: 2552,
    });
    const outside = await phaen("new", "--cluster", "ภาคตะวันออก", "--province", "ขอนแก่น", "--year", "2552", "--out", join(dir, "x.xlsx"));
    expect(outside.code).toBe(2);
    expect(outside.err).toContain("ไม่อยู่ในกลุ่มจังหวัดภาคตะวันออก");
    const asProvince = await phaen("new", "--province", "กลุ่มจังหวัดภาคตะวันออก", "--year", "2552", "--out", join(dir, "x.xlsx"));
    expect(asProvince.code).toBe(2);
    expect(asProvince.err).toContain("--cluster");
    expect(readdirSync(dir)).not.toContain("x.xlsx");
  });

  it("refuses to write a workbook under another extension", async () => {
    const r = await phaen("new", "--province", "ตราด", "--year", "2552", "--out", join(dir, "plan.docx"));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/plan\.docx.*ไฟล์ที่จะสร้างต้องเป็น \.xlsx \/ the file to write must be an \.xlsx workbook/);
    expect(readdirSync(dir)).not.toContain("plan.docx");
  });

  it("says when the year has no KPI defined yet, rather than 'not assessed', and leaves the cell blank", async () => {
    const out = join(dir, "trat-2553.xlsx");
    const r = await phaen("new", "--province", "ตราด", "--year", "2553", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("ยังไม่มีตัวชี้วัดที่กำหนดสำหรับปีงบประมาณ 2553");
    expect(r.out).not.toContain("ไม่ต้องประเมิน");
    expect(parseWorkbook(await readWorkbookFile(out)).info.values).toMatchObject({ fiscalYear: 2553, kpiAssessed: null });
  });
});
