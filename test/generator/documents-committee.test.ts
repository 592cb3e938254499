/**
 * What a committee reads and decides with (issue 12): the screening summary
 * adds up, verdicts follow severity, projects split by the ceiling, packets
 * carry an agenda and the findings themselves, every number in Thai digits
 * on request, rows never split, columns never narrower than their words.
 */
import { describe, expect, it } from "vitest";
import { ceilingSplit, type CheckResult } from "../../core";
import { DOC_KINDS, DOCUMENTS, findDuplicates, type PacketInput } from "../../generator/documents";
import { isTableSpec, type Block, type TableSpec } from "../../generator/documents/blocks";
import { CELL_MARGIN, fittedWidths } from "../../generator/documents/column-widths";
import { contextOf, letterheadLines } from "../../generator/documents/document";
import { buildPacketDocument } from "../../generator/documents/packet";
import { screeningSections } from "../../generator/documents/screening";
import { TABLE_SIZE, TEXT_WIDTH } from "../../generator/documents/style";
import { longestToken, textWidth } from "../../generator/documents/text-width";
import { packDocument } from "../../generator/io/pack";
import { docxParts, docxText, fixtureResult, project } from "./documents-fixture";

const tables = (blocks: readonly Block[]): TableSpec[] => blocks.filter(isTableSpec);
const screeningTables = (r: CheckResult) => screeningSections(r, contextOf({})).flatMap((s) => tables(s.parts));

/** A province with errors and warnings of several criteria and families, a ceiling and an unreadable budget. */
function busyResult(): CheckResult {
  const r = fixtureResult({
    projects: [
      project("TR52-0001-ตราด", "โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงนิเวศและวัฒนธรรมชายฝั่งทะเลตะวันออก", { priority: 2, budget: 450_000_000 }),
      project("P002", "โครงการถนนเชื่อมด่านชายแดนบ้านหาดเล็ก", { priority: 1, budget: 60_000_000, beneficiaries: null }),
      project("P003", "โครงการตลาดผลไม้", { priority: null, budget: "#REF!" }),
      project("P004", "โครงการอบรม", { priority: 3, budget: 10_000_000, seModerationReason: "สั้น" }),
    ],
  });
  (r.model.info.values as { provinceCeiling: number | null }).provinceCeiling = 100_000_000;
  return r;
}

describe("screening summary", () => {
  const r = busyResult();
  const summary = screeningTables(r)[0];
  const col = (name: string) => summary.headers.indexOf(name);

  it("its error and warning columns add up to the heading's totals, in a last row รวม", () => {
    const sum = (c: number) => summary.rows.reduce((a, row) => a + Number(row[c]), 0);
    expect(r.counts.error).toBeGreaterThan(0);
    expect(sum(col("ข้อผิดพลาด"))).toBe(r.counts.error);
    expect(sum(col("คำเตือน"))).toBe(r.counts.warning);
    expect(summary.totals?.[0][0]).toBe("รวม");
    expect(Number(summary.totals?.[0][col("ข้อผิดพลาด")])).toBe(r.counts.error);
    expect(Number(summary.totals?.[0][col("คำเตือน")])).toBe(r.counts.warning);
  });

  it("shows no ผ่าน beside an error, and ควรปรับปรุง for warnings only", () => {
    for (const row of summary.rows) {
      const verdict = row[col("ผล")];
      if (Number(row[col("ข้อผิดพลาด")]) > 0) expect(verdict, row[1]).toBe("ไม่ผ่าน");
      else if (Number(row[col("คำเตือน")]) > 0 && row[0] !== "2.3") expect(verdict, row[1]).toBe("ควรปรับปรุง");
    }
    // Each project's table too: a row whose notes hold an error's message is never ผ่าน.
    const errors = r.findings.filter((f) => f.severity === "error").map((f) => f.message);
    for (const t of screeningTables(r).filter((t) => t.headers.includes("ข้อค้นพบ")))
      for (const row of t.rows) if (errors.some((m) => row[3].includes(m))) expect(row[2]).not.toBe("ผ่าน");
  });

  it("splits projects inside and over the ceiling by priority (core's one split), an unreadable budget over it and left out of totals", () => {
    // Rows: TR52-0001 (priority 2, 450 MB), P002 (1, 60 MB), P003 (blank, #REF!), P004 (3, 10 MB); ceiling 100 MB.
    // P002 fits; TR52-0001 would pass the ceiling, so it and every later one are over.
    expect(ceilingSplit(r.model).places).toEqual(["over", "inside", "over", "over"]);
    const all = screeningSections(r, contextOf({}))
      .flatMap((s) => s.parts)
      .map((b) => JSON.stringify(b))
      .join("\n");
    // Cell addresses belong to the annex the planner uses, not to what the committee reads.
    const text = all.slice(0, all.indexOf("ภาคผนวก"));
    expect(text).toContain("ภายในกรอบวงเงิน (1 โครงการ รวม 60,000,000 บาท)");
    expect(text).toContain("เกินกรอบวงเงิน (3 โครงการ รวม 460,000,000 บาท ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้)");
    expect(text).toContain("ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้");
    expect(text).toContain("ความเห็นฝ่ายเลขานุการ");
    expect(text).not.toMatch(/โครงการ!|phaen /);
  });
});

describe("layout", () => {
  it("never makes a column narrower than its longest word, number, code or date", () => {
    const rows = [["TR52-0001-ABCDEFGH", "โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงนิเวศ", "123,456,789.50", "31 ต.ค. 2552"]];
    const w = fittedWidths({ headers: ["รหัส", "ชื่อ", "งบประมาณ", "วันที่"], widths: [100, 8000, 100, 100], rows });
    rows[0].forEach((cell, i) => expect(w[i]).toBeGreaterThanOrEqual(longestToken(cell, TABLE_SIZE) + 2 * CELL_MARGIN));
    expect(w.reduce((a, b) => a + b, 0)).toBe(8300);
    expect(textWidth("สอดคล้อง", TABLE_SIZE)).toBeGreaterThan(textWidth("สอด", TABLE_SIZE));
  });

  it("writes every table row unsplittable, in every document kind", async () => {
    const r = busyResult();
    for (const kind of DOC_KINDS) {
      const { document } = await docxParts(await packDocument(DOCUMENTS[kind].build(r)));
      const rows = document.match(/<w:tr>/g)?.length ?? 0;
      expect(rows, kind).toBeGreaterThan(0);
      expect(document.match(/<w:tr><w:trPr><w:cantSplit\/>/g)?.length, kind).toBe(rows);
    }
  });

  it("leaves the cover unnumbered, names the committee and province in the properties, declares TH SarabunPSK", async () => {
    const buf = await packDocument(DOCUMENTS.screening.build(busyResult()));
    const { document } = await docxParts(buf);
    const first = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? "";
    expect(first).toContain("<w:titlePg/>");
    const { unzipSync, strFromU8 } = await import("fflate");
    const zip = unzipSync(new Uint8Array(buf));
    const core = strFromU8(zip["docProps/core.xml"]);
    expect(core).toContain("คณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดตราด");
    expect(core).not.toContain("Phaen");
    expect(strFromU8(zip["word/fontTable.xml"])).toMatch(/<w:font w:name="TH SarabunPSK"><w:altName[^>]*\/>.*<w:charset w:val="DE"\/>/);
  });

  it("breaks a letterhead before the committee or the place, never inside a name", () => {
    const lines = letterheadLines("ฝ่ายเลขานุการคณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน", 5000);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("ฝ่ายเลขานุการคณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการกลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน");
    for (const l of lines.slice(1)) expect(l).toMatch(/^(คณะกรรมการ|กลุ่มจังหวัด|จังหวัด)/);
  });
});

describe("--thai-digits", () => {
  it("writes Thai digits in every number of every kind, identifiers as typed", async () => {
    const r = busyResult();
    for (const kind of DOC_KINDS) {
      const text = await docxText(await packDocument(DOCUMENTS[kind].build(r, { thaiDigits: true })));
      // A word with an Arabic digit must be an identifier: a code or a cell address holds a Latin letter.
      const arabic = text
        .split(/\s+/)
        .map((w) => w.replaceAll("\u2060", ""))
        .filter((w) => /[0-9]/.test(w) && !/[A-Za-z]/.test(w));
      expect(arabic, kind).toEqual([]);
      expect(text, kind).toMatch(/[๐-๙]/);
    }
  });
});

describe("committee packet", () => {
  const input = (committee: PacketInput["committee"], results: CheckResult[]): PacketInput => ({
    committee,
    meetingDate: null,
    meetingNo: null,
    meetingPlace: "ห้องประชุมศาลากลางจังหวัด",
    entries: results.map((result) => ({ result, cluster: "ภาคตะวันออก" })),
    leftOut: [],
    duplicates: findDuplicates(
      results.map((e) => ({ province: e.province, projects: e.model.projects.rows })),
      0.8,
    ),
  });
  const textOf = (blocks: readonly Block[]) => blocks.map((b) => JSON.stringify(b)).join("\n");

  it("opens with the agenda, dotted blanks for what is not given, each plan an item under เรื่องเพื่อพิจารณา", () => {
    const spec = buildPacketDocument(input("ก.บ.จ.", [busyResult()]));
    const text = textOf(spec.sections.flatMap((s) => s.parts));
    expect(text).toContain("ระเบียบวาระการประชุม");
    expect(text).toContain("ครั้งที่ ....................");
    expect(text).toContain("ณ ห้องประชุมศาลากลางจังหวัด");
    expect(text).toContain("ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา");
    expect(text).toContain("ระเบียบวาระที่ 4.1 จังหวัดตราด");
  });

  it("spells out each province's errors and prints no cross-province duplicates for one province", () => {
    const r = busyResult();
    const text = textOf(buildPacketDocument(input("ก.บ.จ.", [r])).sections.flatMap((s) => s.parts));
    for (const f of r.findings.filter((x) => x.severity === "error")) expect(text).toContain(JSON.stringify(f.message).slice(1, -1));
    expect(text).not.toContain("ซ้ำซ้อนระหว่างจังหวัด");
    const two = textOf(buildPacketDocument(input("ก.น.จ.", [r, fixtureResult({ province: "จันทบุรี" })])).sections.flatMap((s) => s.parts));
    expect(two).toContain("ซ้ำซ้อนระหว่างจังหวัด");
  });

  it("names the cluster's member provinces whose workbooks a ก.บ.ก. packet lacks", () => {
    const text = textOf(buildPacketDocument(input("ก.บ.ก.", [busyResult()])).sections.flatMap((s) => s.parts));
    expect(text).toContain("จังหวัดในกลุ่มที่ไม่ได้ส่งแผน");
    expect(text).toContain("จังหวัดจันทบุรี");
    const lines = text.split("\n");
    const line = lines[lines.findLastIndex((l) => l.includes("จังหวัดในกลุ่มที่ไม่ได้ส่งแผน")) + 1];
    expect(line).toContain("จังหวัดจันทบุรี");
    expect(line).not.toContain("ตราด");
    expect(TEXT_WIDTH.portrait).toBeGreaterThan(0);
  });
});
