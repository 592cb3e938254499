import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grid } from "../../core";
import { diffPlans } from "../../core/diff";
import { checkGrids } from "../../core";
import { buildComparisonDocument } from "../../generator/documents/diff";
import { packDocument } from "../../generator/io/pack";
import { copyGrids, plantedChanges, sampleGrids } from "../helpers/plan-versions";
import { phaen as run } from "../helpers/phaen";
import { docxParts, docxText, sectionLayouts } from "./documents-fixture";
import { tempDir, writeGrids } from "./reader-workbooks";

const dir = tempDir("phaen-diff-");
const olderFile = join(dir, "older.xlsx");
const newerFile = join(dir, "newer.xlsx");
const otherFile = join(dir, "chanthaburi.xlsx");
let older: Grid[];

const phaen = (...args: string[]) => run(args);

beforeAll(async () => {
  older = await sampleGrids();
  await writeGrids(olderFile, older);
  await writeGrids(newerFile, plantedChanges(older));
  const other = copyGrids(older);
  const row = other.find((g) => g.sheet === "ข้อมูลทั่วไป")!.rows.find((r) => r.includes("province"))!;
  row[row.indexOf("ตราด")] = "จันทบุรี";
  await writeGrids(otherFile, other);
});

describe("phaen diff", () => {
  it("prints the changes in Thai, budget cuts first, and in English with --lang en", async () => {
    const th = await phaen("diff", olderFile, newerFile);
    expect(th.code).toBe(0);
    expect(th.err).toBe("");
    const cut = th.out.indexOf("งบประมาณที่ถูกปรับลด");
    expect(cut).toBeGreaterThan(0);
    expect(th.out.indexOf("TR52-001")).toBeGreaterThan(cut);
    expect(th.out).toContain("-1,000,000 บาท (-11.24 %)");
    expect(th.out).toMatch(/TR52-905 \(จับคู่ด้วยชื่อ เดิมรหัส TR52-005\)/);
    expect(th.out).toMatch(/โครงการที่ตัดออก \(1\)\n {2}TR52-003/);
    const en = await phaen("diff", olderFile, newerFile, "--lang", "en");
    expect(en.out).toContain("Budget cuts (1)");
    expect(en.out).toMatch(/TR52-905 \(matched by name, was TR52-005\)/);
    expect(en.out).toContain("Committee decision: Approved → Rejected");
  });

  it("prints JSON in the stable shape", async () => {
    const r = await phaen("diff", olderFile, newerFile, "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["older", "newer", "projects", "totals", "plan", "findings"]);
    expect(Object.keys(j.findings)).toEqual(["fixed", "new", "open"]);
    expect(j.projects.map((p: { change: string; code: string }) => `${p.change} ${p.code}`).sort()).toEqual(
      ["added TR52-900", "changed TR52-001", "changed TR52-006", "changed TR52-905", "removed TR52-003"].sort(),
    );
  });

  it("refuses two provinces unless --any-province, and refuses an existing --out without --force", async () => {
    const r = await phaen("diff", olderFile, otherFile);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(/ต่างจังหวัด.* \/ .*different provinces.*--any-province/)]);
    expect((await phaen("diff", olderFile, otherFile, "--any-province", "--json")).code).toBe(0);
    const out = join(dir, "taken.docx");
    writeFileSync(out, "mine");
    const refused = await phaen("diff", olderFile, newerFile, "--out", out);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect((await phaen("diff", olderFile, newerFile, "--out", out, "--force")).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("exits 2 with one line for a missing file, a file that is not a workbook, and a bad language", async () => {
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, "not a zip");
    for (const args of [
      [olderFile, join(dir, "missing.xlsx")],
      [junk, newerFile],
      [olderFile, newerFile, "--lang", "fr"],
    ]) {
      const r = await phaen("diff", ...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe("the comparison document", () => {
  it("opens with the budget cuts, then totals, projects, the plan and findings, on landscape A4", async () => {
    const diff = diffPlans(
      { label: "older.xlsx", result: checkGrids(older) },
      { label: "newer.xlsx", result: checkGrids(plantedChanges(older)) },
    );
    const buf = await packDocument(buildComparisonDocument(diff));
    const text = await docxText(buf);
    const order = [
      "ตารางเปรียบเทียบแผนและโครงการ",
      "สรุปการปรับลดงบประมาณ",
      "งบประมาณรวมก่อนและหลัง",
      "โครงการที่เพิ่มใหม่และที่ตัดออก",
      "ตารางเปรียบเทียบรายโครงการ",
      "การเปลี่ยนแปลงของแผน",
      "ผลการตรวจตามหลักเกณฑ์ก่อนและหลัง",
    ];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const cuts = text.slice(at[1], at[2]);
    expect(cuts).toContain("TR52-001");
    expect(cuts).toContain("-1,000,000");
    expect(cuts).toContain("TR52-003");
    expect(text).toContain("TR52-905 (เดิม TR52-005)");
    const { document, styles } = await docxParts(buf);
    expect(styles).toContain("TH SarabunPSK");
    const layouts = sectionLayouts(document);
    expect(layouts[1].width).toBeGreaterThan(layouts[1].height);
  });
});

describe("phaen packet --previous", () => {
  it("adds each province's change since the previous submission and its cuts; without it, neither", async () => {
    const prev = join(dir, "prev");
    const now = join(dir, "now");
    for (const d of [prev, now]) mkdirSync(d, { recursive: true });
    await writeGrids(join(prev, "trat.xlsx"), older);
    await writeGrids(join(now, "trat.xlsx"), plantedChanges(older));
    const out = join(dir, "packet.docx");
    const r = await phaen("packet", now, "--committee", "กบจ", "--out", out, "--previous", prev);
    expect(r.code).toBe(0);
    const text = await docxText(readFileSync(out));
    // After the summary's own lead line (the contents and the agenda name the headings before it).
    const summary = text.indexOf("การเปลี่ยนแปลงจากการเสนอครั้งก่อน", text.indexOf("จำนวนโครงการตามประเภท งบประมาณตามแหล่ง"));
    expect(summary).toBeGreaterThan(0);
    // Added 1, removed 1, one budget cut, 158,850,000 → 157,850,000 baht.
    expect(text.slice(summary, summary + 400).replace(/\s+/g, " ")).toContain("จังหวัดตราด 1 1 1 158,850,000 157,850,000 -1,000,000");
    const cuts = text.indexOf("การปรับลดงบประมาณเทียบกับการเสนอครั้งก่อน (trat.xlsx)");
    expect(cuts).toBeGreaterThan(summary);
    expect(text.slice(cuts, cuts + 400)).toMatch(/TR52-001[\s\S]*-1,000,000[\s\S]*TR52-003[\s\S]*ตัดออก/);
    const plain = join(dir, "plain.docx");
    expect((await phaen("packet", now, "--committee", "กบจ", "--out", plain)).code).toBe(0);
    expect(await docxText(readFileSync(plain))).not.toContain("การเสนอครั้งก่อน");
  });
});
