import { describe, expect, it } from "vitest";
import { bahtWords, type CheckResult } from "../../core";
import { DOC_KINDS, DOCUMENTS, documentBaseName } from "../../generator/documents";
import { cover, field, heading, para, table, toDocx, type Block } from "../../generator/documents/blocks";
import { packDocument } from "../../generator/io/pack";
import { loadReference } from "../../generator/io/reference";
import { docxParts, docxText, fixtureResult, project, sectionLayouts } from "./documents-fixture";

const result = fixtureResult();
const packed = new Map<string, Buffer>();
async function packedKind(kind: (typeof DOC_KINDS)[number]): Promise<Buffer> {
  if (!packed.has(kind)) packed.set(kind, await packDocument(DOCUMENTS[kind].build(result)));
  return packed.get(kind)!;
}

describe("official typography in every document kind", () => {
  it.each(DOC_KINDS)("%s: TH SarabunPSK 16 pt in every slot, th-TH, A4 with 3 cm / 2 cm margins, page numbers", async (kind) => {
    const { document, styles, footers } = await docxParts(await packedKind(kind));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    for (const slot of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(defaults).toContain(`w:${slot}="TH SarabunPSK"`);
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:szCs w:val="32"/>');
    expect(defaults).toMatch(/<w:lang w:val="th-TH"[^>]*w:bidi="th-TH"/);
    const sections = sectionLayouts(document);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) {
      expect([s.width, s.height].sort()).toEqual([11906, 16838]);
      // 3 cm on the left and 2 cm on the right, landscape sections included.
      expect([s.left, s.right]).toEqual([1701, 1134]);
    }
    expect(footers).toMatch(/PAGE/);
  });

  it("puts the wide tables of the action plan and the KPI report in landscape sections", async () => {
    for (const kind of ["action", "kpi"] as const) {
      const sections = sectionLayouts((await docxParts(await packedKind(kind))).document);
      expect(sections.some((s) => s.width > s.height)).toBe(true);
      expect(sections.some((s) => s.width < s.height)).toBe(true);
    }
  });

  it("repeats every table's header row on each page", async () => {
    const { document } = await docxParts(await packedKind("action"));
    const tables = document.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(0);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
  });

  it("styles headings with outline levels and asks Word to fill the table of contents", async () => {
    const { document, styles, settings } = await docxParts(await packedKind("plan"));
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document.includes("TOC \\h \\o &quot;1-3&quot;")).toBe(true);
    expect(settings).toContain("updateFields");
  });

  it("writes the table of contents' entries in advance, so it is not blank where fields are not updated", async () => {
    const text = await docxText(await packedKind("plan"));
    // Each heading is listed under สารบัญ, then heads its part: twice after สารบัญ.
    const contentsAt = text.indexOf("สารบัญ");
    expect(contentsAt).toBeGreaterThan(0);
    for (const h of ["ส่วนที่ 1 การวิเคราะห์ศักยภาพ", "ส่วนที่ 5 โครงการตามประเด็นยุทธศาสตร์", "ส่วนที่ 6 สรุปงบประมาณ"]) {
      const listed = text.indexOf(h, contentsAt);
      expect(listed).toBeGreaterThan(contentsAt);
      expect(text.indexOf(h, listed + h.length)).toBeGreaterThan(listed);
    }
  });

  it("uses the reference .docx styles (as a secretariat edited them) and prints its letterhead on the cover", async () => {
    const ref = await loadReference();
    const edited = ref.styles.replace(/(w:styleId="Heading1"[\s\S]*?)<w:sz w:val="36"\/>/, '$1<w:sz w:val="44"/>');
    expect(edited).not.toBe(ref.styles);
    const buf = await packDocument(DOCUMENTS.plan.build(result, { styles: edited, letterhead: ref.letterhead }));
    const { styles } = await docxParts(buf);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:sz w:val="44"\/>/);
    expect(ref.letterhead).toEqual(["ฝ่ายเลขานุการ{คณะกรรมการ}", "{สำนักงาน}"]);
    const text = await docxText(buf);
    expect(text).toContain("ฝ่ายเลขานุการคณะกรรมการบริหารงานจังหวัดแบบบูรณาการจังหวัดตราด");
    expect(text).toContain("สำนักงานจังหวัดตราด ศาลากลางจังหวัดตราด");
    expect(text).not.toContain("{");
  });

  it("fills the letterhead for a cluster and for a national packet, and prints a secretariat's own lines as written", async () => {
    const cluster = fixtureResult({ level: "กลุ่มจังหวัด", province: "ภาคตะวันออก", cluster: "ภาคตะวันออก" });
    const slots = ["ฝ่ายเลขานุการ{คณะกรรมการ}", "{สำนักงาน}"];
    const clusterText = await docxText(await packDocument(DOCUMENTS.plan.build(cluster, { letterhead: slots })));
    expect(clusterText).toContain("ฝ่ายเลขานุการคณะกรรมการบริหารงานกลุ่มจังหวัดแบบบูรณาการกลุ่มจังหวัดภาคตะวันออก");
    expect(clusterText).toContain("ศูนย์ปฏิบัติการกลุ่มจังหวัดภาคตะวันออก");
    const own = await docxText(await packDocument(DOCUMENTS.plan.build(result, { letterhead: ["สำนักงานจังหวัดตราด กลุ่มงานยุทธศาสตร์"] })));
    expect(own).toContain("สำนักงานจังหวัดตราด กลุ่มงานยุทธศาสตร์");
  });
});

describe("content a committee reads", () => {
  it("plan: province, SWOT, vision, issues, projects by issue and the total in baht words", async () => {
    const text = await docxText(await packedKind("plan"));
    expect(text).toContain("(ร่าง) แผนพัฒนาจังหวัดตราด");
    for (const s of [
      "แหล่งผลิตผลไม้คุณภาพ",
      "เมืองผลไม้และการค้าชายแดนที่ยั่งยืน",
      "พัฒนาเกษตรและการค้าชายแดน",
      "ยกระดับคุณภาพผลไม้",
      "ศูนย์กลางผลไม้ภาคตะวันออก",
    ])
      expect(text).toContain(s);
    for (const name of ["โครงการพัฒนาคุณภาพทุเรียนส่งออก", "โครงการถนนเชื่อมด่านชายแดนบ้านหาดเล็ก", "โครงการตลาดผลไม้กลุ่มจังหวัด"])
      expect(text).toContain(name);
    expect(text).toContain("6,750,000.50");
    expect(text).toContain(bahtWords(6_750_000.5));
    expect(text).toContain("3,500,000.50");
  });

  it("action plan: projects grouped by strategic issue and kind with subtotals, each with its budget source", async () => {
    const text = await docxText(await packedKind("action"));
    expect(text).toContain("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2552");
    for (const heading of [
      "ประเด็นยุทธศาสตร์ที่ 1 พัฒนาเกษตรและการค้าชายแดน (3 โครงการ)",
      "โครงการของส่วนราชการ (1 โครงการ)",
      "โครงการของ อปท. (1 โครงการ)",
      "โครงการพัฒนากลุ่มจังหวัด (1 โครงการ)",
      "งบ อปท.",
    ])
      expect(text).toContain(heading);
    expect(text).toContain("1 ต.ค. 2551 – 30 ก.ย. 2552");
    expect(text).toContain("1,250,000");
  });

  it("proposals: one form per project with sufficiency self-assessment and readiness", async () => {
    const text = await docxText(await packedKind("proposals"));
    expect(text.match(/1\. ชื่อโครงการ:/g)?.length).toBe(3);
    for (const s of ["ความพอประมาณ", "ใช้ทรัพยากรในพื้นที่อย่างพอประมาณ", "แบบรูปรายการ", "การจ้างงาน 20 คน", "หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน"])
      expect(text).toContain(s);
  });

  it("screening report: a criterion a project fails shows ไม่ผ่าน in that project's row, with the finding; its cell in the annex", async () => {
    const name = "โครงการพัฒนาคุณภาพทุเรียนส่งออก";
    const errors44 = (r: CheckResult) => r.findings.filter((f) => f.project === "P001" && f.criterion === "4.4" && f.severity === "error");
    // The project's row for 4.4 (ความคุ้มค่า) in its own criteria table.
    const row44 = async (r: CheckResult) => {
      const text = await docxText(await packDocument(DOCUMENTS.screening.build(r)));
      const own = text.slice(text.indexOf(`โครงการ P001 ${name}`), text.indexOf("ภาคผนวก"));
      return { row: own.slice(own.indexOf("4.4")), annex: text.slice(text.indexOf("ภาคผนวก")) };
    };
    const clean = fixtureResult({ projects: [project("P001", name)] });
    const bad = fixtureResult({ projects: [project("P001", name, { beneficiaries: null })] });
    expect(errors44(clean)).toEqual([]);
    const [finding] = errors44(bad);
    expect(finding).toBeDefined();
    expect((await row44(clean)).row).toMatch(/^4\.4\s+ความคุ้มค่า\s+ผ่าน/);
    const { row: badRow, annex } = await row44(bad);
    expect(badRow).toMatch(/^4\.4\s+ความคุ้มค่า\s+ไม่ผ่าน/);
    expect(badRow).toContain(finding.message);
    // The committee reads the finding; the planner finds its cell in the annex.
    expect(badRow).not.toContain(`${finding.sheet}!${finding.cell}`);
    expect(annex).toContain(`${finding.sheet}!${finding.cell}`);
  });

  it("screening report: a project's data errors (an error value in its budget) are in its own table, not dropped", async () => {
    const name = "โครงการพัฒนาคุณภาพทุเรียนส่งออก";
    const r = fixtureResult({ projects: [project("P001", name, { budget: "#REF!" })] });
    const dataErrors = r.findings.filter((f) => f.project === "P001" && f.criterion === "data" && f.severity === "error");
    expect(dataErrors.length).toBeGreaterThan(0);
    const text = await docxText(await packDocument(DOCUMENTS.screening.build(r)));
    const own = text.slice(text.indexOf(`โครงการ P001 ${name}`), text.indexOf("ภาคผนวก"));
    const dataRow = own.slice(own.indexOf("อื่น ๆ"));
    expect(dataRow).toMatch(/^อื่น ๆ\s+ความครบถ้วนและถูกต้องของข้อมูล\s+ไม่ผ่าน/);
    for (const f of dataErrors) expect(dataRow).toContain(f.message);
    // The budget the workbook could not read is shown as such where the committee decides.
    expect(text).toContain("อ่านไม่ได้ (#REF!)");
    // Plan-level criteria are not judged per project.
    expect(own).toMatch(/3\.1\s+ปัญหาและโอกาสการพัฒนาชัดเจน\s+–\s+พิจารณาในระดับแผน/);
  });

  it("screening report: each project shows its budget, beneficiaries and the cost per beneficiary worked out", async () => {
    const r = fixtureResult({
      projects: [
        project("P001", "โครงการก", { budget: 1_250_000, beneficiaries: 400 }),
        project("P002", "โครงการข", { beneficiaries: null }),
      ],
    });
    const text = await docxText(await packDocument(DOCUMENTS.screening.build(r)));
    expect(text).toContain("งบประมาณ 1,250,000 บาท ผู้รับประโยชน์ 400 คน ต้นทุนต่อผู้รับประโยชน์ 3,125 บาท/คน");
    expect(text).toContain("ผู้รับประโยชน์ ไม่ระบุ ต้นทุนต่อผู้รับประโยชน์ คำนวณไม่ได้");
  });

  it("KPI report: steps with Buddhist Era due and done dates and evidence", async () => {
    const text = await docxText(await packedKind("kpi"));
    expect(text).toContain("รายงานผลการดำเนินงานตัวชี้วัดที่ 3.6");
    // Each step's row: code, description, due date, done date (both BE), evidence, verdict.
    expect(text).toMatch(/1\.1\s+จัดทำแผนงานด้านความมั่นคง\s+15 ม\.ค\. 2552\s+10 ม\.ค\. 2552\s+หนังสือ ตร 0017\/123\s+ผ่าน/);
    expect(text).toMatch(/2\.1\s+รายงานความก้าวหน้า 6 เดือน\s+7 เม\.ย\. 2552\s+1 เม\.ย\. 2552\s+หนังสือ ตร 0017\/456\s+ผ่าน/);
  });

  it("KPI report for a province not assessed is a one-page statement", async () => {
    const r = fixtureResult({ province: "ขอนแก่น", kpiAssessed: false });
    const buf = await packDocument(DOCUMENTS.kpi.build(r));
    const text = await docxText(buf);
    expect(text).toContain("ไม่ต้องประเมิน");
    expect(text).not.toContain("หนังสือ ตร 0017/123");
    expect(sectionLayouts((await docxParts(buf)).document)).toHaveLength(1);
  });

  it("prints Thai digits on request", async () => {
    const text = await docxText(await packDocument(DOCUMENTS.plan.build(result, { thaiDigits: true })));
    expect(text).toContain("๖,๗๕๐,๐๐๐.๕๐");
    expect(text).toContain("พ.ศ. ๒๕๕๓");
    expect(text).not.toContain("6,750,000");
  });

  it("keeps identifiers as the workbook writes them under Thai digits, and numbers the pages in Thai", async () => {
    const buf = await packDocument(DOCUMENTS.screening.build(result, { thaiDigits: true }));
    const text = await docxText(buf);
    const codes = result.model.projects.rows.map((p) => p.code!).filter((c) => /\d/.test(c));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(text).toContain(code);
    for (const f of result.findings.filter((f) => /\d/.test(f.cell))) expect(text).toContain(`${f.sheet}!${f.cell}`);
    const { document } = await docxParts(buf);
    expect(document.match(/<w:pgNumType[^>]*>/g)?.[0]).toBe('<w:pgNumType w:fmt="thaiNumbers"/>');
  });

  it("names files <province>-<fiscal year>-<no>-<title>", () => {
    expect(documentBaseName("plan", result)).toBe("ตราด-2552-1-แผนพัฒนาจังหวัด");
    expect(documentBaseName("kpi", result)).toBe("ตราด-2552-5-รายงานผลตัวชี้วัดที่ 3.6");
    expect(documentBaseName("plan", fixtureResult({ level: "กลุ่มจังหวัด", province: "ชลบุรี", cluster: "ภาคตะวันออก" }))).toBe(
      "ภาคตะวันออก-2552-1-แผนพัฒนากลุ่มจังหวัด",
    );
  });
});

/** docx's own serialisation of some blocks: packed by Packer, cut out of document.xml. */
async function docxOwnXml(blocks: Block[]): Promise<string> {
  const { Document, Packer, Paragraph, TextRun } = await import("docx");
  const end = "PHAEN-END-OF-BODY";
  const doc = new Document({ sections: [{ children: [...blocks.map(toDocx), new Paragraph({ children: [new TextRun(end)] })] }] });
  const { document } = await docxParts(await Packer.toBuffer(doc));
  const body = document.slice(document.indexOf("<w:body>") + "<w:body>".length);
  const { preserveOnlyWhereNeeded } = await import("../../generator/documents/table-xml");
  // docx marks every run xml:space="preserve"; ours marks, as Word does, only runs with spaces to keep.
  return preserveOnlyWhereNeeded(body.slice(0, body.indexOf(`<w:p><w:r><w:t xml:space="preserve">${end}`)));
}

describe("parts written straight to XML", () => {
  it("tables match docx's own serialisation byte for byte, widened to their longest token", async () => {
    const { partsXml } = await import("../../generator/io/xml");
    const spec = table({
      headers: ["ก", 'ข & "ค"'],
      widths: [1000, 2000],
      align: ["left", "right"],
      rows: [
        ["a<b>", "1,000"],
        ["ไทย", "x\u0001y"],
        ["TR52-0001-ABCDEFGH", "งบประมาณ 123,456,789 บาท แล้วเสร็จ 31 ต.ค. 2552"],
      ],
      totals: [["รวม", "2"]],
    });
    expect(partsXml([spec])).toBe(await docxOwnXml([spec]));
  });

  it("band rows (spanning to their subtotal), bold and shaded rows match docx's own serialisation byte for byte", async () => {
    const { partsXml } = await import("../../generator/io/xml");
    const spec = table({
      headers: ["ลำดับ", "ชื่อ", "หน่วยงาน", "งบประมาณ"],
      widths: [800, 3000, 2000, 1500],
      align: ["center", "left", "left", "right"],
      rows: [
        ["ประเด็นยุทธศาสตร์ที่ 1 ท่องเที่ยว", "", "", "1,500,000"],
        ["โครงการของส่วนราชการ", "", "", ""],
        ["1", "โครงการ ก", "สำนักงาน", "1,500,000"],
        ["รวม", "", "", "1,500,000"],
      ],
      bands: [0, 1],
      shadedRows: [0],
      boldRows: [3],
      totals: [["", "รวมทั้งสิ้น", "", "1,500,000"]],
    });
    const xml = partsXml([spec]);
    expect(xml).toBe(await docxOwnXml([spec]));
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
  });

  it("paragraphs, headings, fields, covers and the contents match docx's own serialisation byte for byte", async () => {
    const { partsXml } = await import("../../generator/io/xml");
    const { contents } = await import("../../generator/documents/document");
    const specs: Block[] = [
      para("a & <b> 1,000 บาท", { bold: true, center: true, indent: true, pageBreakBefore: true }),
      para("ข้อความ"),
      field("ชื่อ:", "ค่า"),
      field("ชื่อ:", "  "),
      { ...field("ชื่อ:", "ค่า"), keepNext: true, keepLines: true },
      heading("หัวข้อ", 2, { pageBreakBefore: true }),
      heading("หัวข้อ", 3),
      ...cover({ title: "ชื่อเรื่อง", lines: ["บรรทัด", ""], letterhead: ["หัวกระดาษ"] }),
      ...contents([
        { title: "ก & ข", level: 1 },
        { title: "ค 12", level: 2 },
      ]),
    ];
    expect(partsXml(specs)).toBe(await docxOwnXml(specs));
  });
});
