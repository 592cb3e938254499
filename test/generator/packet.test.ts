import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packet } from "../../generator/cli/commands/packet";
import { parseCommittee, selectForCommittee } from "../../generator/cli/commands/packet-select";
import { docxParts, docxText, fixtureGrids, fixtureResult, project, sectionLayouts } from "./documents-fixture";
import { phaen } from "../helpers/phaen";
import { tempDir, writeGrids } from "./reader-workbooks";

const trat = { file: "/in/trat.xlsx", result: fixtureResult({ province: "ตราด", cluster: "ภาคตะวันออก" }) };
const chonburi = { file: "/in/chonburi.xlsx", result: fixtureResult({ province: "ชลบุรี", cluster: "ภาคตะวันออก" }) };
const khonKaen = { file: "/in/khonkaen.xlsx", result: fixtureResult({ province: "ขอนแก่น", cluster: "ภาคตะวันออกเฉียงเหนือตอนกลาง" }) };
const chiangMai = { file: "/in/chiangmai.xlsx", result: fixtureResult({ province: "เชียงใหม่", cluster: "ภาคเหนือตอนบน 1" }) };
const east = { file: "/in/east.xlsx", result: fixtureResult({ level: "กลุ่มจังหวัด", province: "ชลบุรี", cluster: "ภาคตะวันออก" }) };

describe("which workbooks a committee takes", () => {
  it("reads the committee in Thai, with dots, or as the English alias", () => {
    expect(parseCommittee("กบจ")).toBe("ก.บ.จ.");
    expect(parseCommittee("ก.บ.ก.")).toBe("ก.บ.ก.");
    expect(parseCommittee("KNJ")).toBe("ก.น.จ.");
    expect(parseCommittee("cabinet")).toBeUndefined();
  });

  it("กนจ takes all, ordered by cluster number then province, the cluster workbook first in its cluster", () => {
    const { entries, leftOut } = selectForCommittee("ก.น.จ.", [khonKaen, trat, chiangMai, chonburi, east]);
    expect(leftOut).toEqual([]);
    // Clusters of 2552: ภาคตะวันออก is no. 9, ตอนกลาง (อีสาน) no. 12, ภาคเหนือตอนบน 1 no. 15.
    expect(entries.map((e) => e.result.province)).toEqual(["ภาคตะวันออก", "ชลบุรี", "ตราด", "ขอนแก่น", "เชียงใหม่"]);
  });

  it("กบก takes the provinces of the cluster workbook's cluster and leaves the others out with the reason", () => {
    const { entries, leftOut } = selectForCommittee("ก.บ.ก.", [khonKaen, trat, east, chonburi]);
    expect(entries.map((e) => e.result.province)).toEqual(["ภาคตะวันออก", "ชลบุรี", "ตราด"]);
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0].file).toBe("/in/khonkaen.xlsx");
    expect(leftOut[0].reason).toContain("ไม่ใช่กลุ่มจังหวัดภาคตะวันออก");
    // Thai for the packet's table, English beside it for the command line.
    expect(leftOut[0].reason).not.toMatch(/[A-Za-z]/);
    expect(leftOut[0].reasonEn).toContain("belongs to cluster");
  });

  it("กบจ takes one province and leaves out further provinces and cluster workbooks", () => {
    const { entries, leftOut } = selectForCommittee("ก.บ.จ.", [trat, east, chonburi]);
    expect(entries.map((e) => e.result.province)).toEqual(["ตราด"]);
    expect(leftOut.map((l) => l.file)).toEqual(["/in/east.xlsx", "/in/chonburi.xlsx"]);
    expect(leftOut[0].reason).toContain("ไม่พิจารณาแผนกลุ่มจังหวัด");
  });
});

describe("phaen packet", () => {
  it("writes cover, contents, summary, each province's section and likely duplicates; lists unreadable files", async () => {
    const dir = tempDir();
    await writeGrids(join(dir, "a-trat.xlsx"), fixtureGrids({ province: "ตราด" }));
    await writeGrids(
      join(dir, "b-chonburi.xlsx"),
      fixtureGrids({
        province: "ชลบุรี",
        projects: [project("C001", "โครงการพัฒนาคุณภาพทุเรียนส่งออก"), project("C002", "โครงการฝึกอบรมมัคคุเทศก์ท้องถิ่น")],
      }),
    );
    writeFileSync(join(dir, "c-broken.xlsx"), "not a workbook");
    const out = join(dir, "packet.docx");
    const leftOut = await packet([dir], { committee: "กนจ", out, meetingDate: "20 ก.พ. 52" });
    expect(leftOut.map((l) => l.file)).toEqual([join(dir, "c-broken.xlsx")]);
    const buf = readFileSync(out);
    const text = await docxText(buf);
    for (const s of [
      "เอกสารประกอบการประชุม",
      "(ก.น.จ.)",
      "วันที่ประชุม 20 กุมภาพันธ์ 2552",
      "สรุปภาพรวมแผนและโครงการ",
      "จังหวัดชลบุรี",
      "จังหวัดตราด",
      "โครงการฝึกอบรมมัคคุเทศก์ท้องถิ่น",
      "c-broken.xlsx",
      "โครงการที่อาจซ้ำซ้อนระหว่างจังหวัด",
      "ผลการดำเนินงานตัวชี้วัดที่ 3.6",
    ])
      expect(text).toContain(s);
    // The letterhead names the national committee's secretariat; no office stands for all provinces.
    expect(text).toContain("ฝ่ายเลขานุการคณะกรรมการนโยบายการบริหารงานจังหวัดและกลุ่มจังหวัดแบบบูรณาการ (ก.น.จ.)");
    expect(text).not.toContain("{");
    // The contents are written out: from สารบัญ, the summary's heading is listed, then heads the summary;
    // every province is listed in between.
    const contentsAt = text.indexOf("สารบัญ");
    const listedSummary = text.indexOf("สรุปภาพรวมแผนและโครงการ", contentsAt);
    const summaryAt = text.indexOf("สรุปภาพรวมแผนและโครงการ", listedSummary + 1);
    expect(listedSummary).toBeGreaterThan(contentsAt);
    expect(summaryAt).toBeGreaterThan(listedSummary);
    const contents = text.slice(contentsAt, summaryAt);
    for (const s of ["จังหวัดชลบุรี", "จังหวัดตราด", "ผลการดำเนินงานตัวชี้วัดที่ 3.6"]) expect(contents).toContain(s);
    // The packet names a left-out file, not the secretariat's folders.
    expect(text).not.toContain(dir);
    // The same name in both provinces is flagged: C001 beside P001.
    expect(text).toMatch(/C001[\s\S]*P001|P001[\s\S]*C001/);
    expect(text.indexOf("จังหวัดชลบุรี")).toBeLessThan(text.lastIndexOf("จังหวัดตราด"));
    const { document } = await docxParts(buf);
    for (const s of sectionLayouts(document)) expect([s.width, s.height].sort()).toEqual([11906, 16838]);
    expect(sectionLayouts(document).some((s) => s.width > s.height)).toBe(true);
    expect(document).toContain("<w:tblHeader/>");
  });

  it("refuses an existing packet without --force, before reading anything", async () => {
    const dir = tempDir();
    await writeGrids(join(dir, "trat.xlsx"), fixtureGrids());
    const out = join(dir, "packet.docx");
    writeFileSync(out, "earlier packet");
    await expect(packet([join(dir, "trat.xlsx")], { committee: "kbj", out })).rejects.toMatchObject({ exitCode: 2 });
    expect(readFileSync(out, "utf8")).toBe("earlier packet");
    expect(await packet([join(dir, "trat.xlsx")], { committee: "kbj", out, force: true })).toEqual([]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("rejects an unknown committee and an unreadable meeting date with exit 2", async () => {
    const dir = tempDir();
    await writeGrids(join(dir, "trat.xlsx"), fixtureGrids());
    await expect(packet([dir], { committee: "ครม", out: join(dir, "p.docx") })).rejects.toMatchObject({ exitCode: 2 });
    await expect(packet([dir], { committee: "กนจ", out: join(dir, "p.docx"), meetingDate: "พรุ่งนี้" })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe("exit codes on the command line", () => {
  it("generate 0 then 2 (one line, Thai then English); packet 1 when a workbook is left out", async () => {
    const dir = tempDir();
    await writeGrids(join(dir, "trat.xlsx"), fixtureGrids());
    writeFileSync(join(dir, "broken.xlsx"), "not a workbook");
    const first = await phaen(["generate", join(dir, "trat.xlsx"), "--out", join(dir, "docs"), "--doc", "kpi"]);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`${join(dir, "docs", "ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3.6.docx")}\n`);
    const again = await phaen(["generate", join(dir, "trat.xlsx"), "--out", join(dir, "docs"), "--doc", "kpi"]);
    expect(again.code).toBe(2);
    expect(again.err.trim().split("\n")).toHaveLength(1);
    expect(again.err).toMatch(/มีไฟล์อยู่แล้ว.* \/ output already exists/);
    const p = await phaen(["packet", dir, "--committee", "กนจ", "--out", join(dir, "packet.docx")]);
    expect(p.code).toBe(1);
    expect(p.err).toContain("broken.xlsx");
    expect(p.out).toBe(`${join(dir, "packet.docx")}\n`);
    // Relative paths are taken from the folder the command runs in.
    const here = await phaen(["generate", "trat.xlsx", "--out", "docs2", "--doc", "kpi"], { cwd: dir });
    expect(here.code).toBe(0);
    expect(
      readFileSync(join(dir, "docs2", "ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3.6.docx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  }, 60_000);
});
