import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../core/errors";
import { generate } from "../../generator/cli/commands/generate";
import { documentFileName as paneFileName } from "../../addin/logic/documents";
import { safeFileName } from "../../core/documents";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { docxText, fixtureGrids } from "./documents-fixture";
import { tempDir, writeGrids } from "./reader-workbooks";

const SAMPLE = join(__dirname, "..", "..", "templates", "samples", "trat-2552.xlsx");

async function workbook(dir: string, opts: Parameters<typeof fixtureGrids>[0] = {}): Promise<string> {
  return writeGrids(join(dir, "in.xlsx"), fixtureGrids(opts));
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, `${statSync(join(dir, f)).mtimeMs}:${readFileSync(join(dir, f)).toString("base64").slice(0, 4000)}`]),
  );
}

describe("phaen generate", () => {
  it("writes the five documents with safe Thai file names, even for a workbook with error findings", async () => {
    const dir = tempDir();
    const input = join(dir, "trat.xlsx");
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    expect((await checkWorkbookFile(input)).counts.error).toBeGreaterThan(0);
    const paths = await generate(input, { out: join(dir, "docs") });
    expect(paths.map((p) => p.slice(join(dir, "docs").length + 1))).toEqual([
      "ตราด-2552-1-แผนพัฒนาจังหวัด.docx",
      "ตราด-2552-2-แผนปฏิบัติราชการประจำปี.docx",
      "ตราด-2552-3-แบบเสนอโครงการ.docx",
      "ตราด-2552-4-รายงานผลการพิจารณากลั่นกรอง.docx",
      "ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3.6.docx",
    ]);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "docs")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await docxText(readFileSync(paths[3]))).toContain("สรุปผลการพิจารณากลั่นกรอง");
  });

  it("refuses existing outputs without --force and changes nothing; --force overwrites", async () => {
    const dir = tempDir();
    const input = await workbook(dir);
    const out = join(dir, "docs");
    const existing = await generate(input, { out, doc: ["plan", "kpi"] });
    // Stand-ins for last week's documents, so an overwrite shows.
    for (const f of existing) writeFileSync(f, "last week's document");
    const before = snapshot(out);
    const refused = await generate(input, { out }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).exitCode).toBe(2);
    expect(snapshot(out)).toEqual(before);
    const paths = await generate(input, { out, force: true });
    expect(paths).toHaveLength(5);
    for (const f of existing) {
      expect(paths).toContain(f);
      expect(readFileSync(f, "utf8")).not.toBe("last week's document");
      expect(await docxText(readFileSync(f))).toContain("ตราด");
    }
  });

  it("writes only the kinds asked for and rejects unknown kinds before writing", async () => {
    const dir = tempDir();
    const input = await workbook(dir);
    const paths = await generate(input, { out: join(dir, "a"), doc: ["screening,kpi"] });
    expect(paths.map((p) => p.split("-").slice(-2, -1)[0])).toEqual(["4", "5"]);
    await expect(generate(input, { out: join(dir, "b"), doc: ["memo"] })).rejects.toMatchObject({ exitCode: 2 });
    expect(existsSync(join(dir, "b"))).toBe(false);
  });

  it("an unreadable workbook fails with exit 2 and nothing written", async () => {
    const dir = tempDir();
    const input = join(dir, "broken.xlsx");
    writeFileSync(input, "not a workbook");
    await expect(generate(input, { out: join(dir, "docs") })).rejects.toMatchObject({ exitCode: 2 });
    expect(existsSync(join(dir, "docs"))).toBe(false);
  });

  it("a broken or missing reference .docx fails clearly with exit 2", async () => {
    const dir = tempDir();
    const input = await workbook(dir);
    writeFileSync(join(dir, "ref.docx"), "PK broken");
    const broken = await generate(input, { out: join(dir, "docs"), reference: join(dir, "ref.docx") }).catch((e: unknown) => e);
    expect(broken).toMatchObject({ exitCode: 2 });
    expect((broken as UserError).th).toContain("ไฟล์ต้นแบบ Word");
    await expect(generate(input, { out: join(dir, "docs"), reference: join(dir, "missing.docx") })).rejects.toMatchObject({ exitCode: 2 });
    expect(existsSync(join(dir, "docs"))).toBe(false);
  });

  it("keeps file names inside the output folder whatever the province cell holds", async () => {
    const dir = tempDir();
    const input = await workbook(dir, { province: "../../etc/ตราด\u0007" });
    const paths = await generate(input, { out: join(dir, "docs"), doc: ["plan"] });
    expect(paths).toHaveLength(1);
    expect(readdirSync(join(dir, "docs"))).toEqual(["etc-ตราด-2552-1-แผนพัฒนาจังหวัด.docx"]);
    // The pane saves the same document under the same name.
    expect(paneFileName("plan", await checkWorkbookFile(input))).toBe("etc-ตราด-2552-1-แผนพัฒนาจังหวัด.docx");
  });
});

describe("safe file names", () => {
  it("strips path separators, control characters and reserved names", () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', ".docx")).toBe("a-b-c-d-e-f-g-h-i-j.docx");
    expect(safeFileName("..", ".docx")).toBe("เอกสาร.docx");
    expect(safeFileName("CON", ".docx")).toBe("_CON.docx");
    expect(safeFileName("  จังหวัด\u0000\u202eตราด.  ")).toBe("จังหวัดตราด");
    const long = safeFileName("ก".repeat(300), ".docx");
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith(".docx")).toBe(true);
  });
});
