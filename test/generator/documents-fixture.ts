/** Miniature province and cluster workbooks for the document tests (built in memory, no sample files). */
import { checkGrids, type CheckResult } from "../../core";
import { workbookGrids, type RowInput } from "../helpers/grids";

export interface FixtureOptions {
  province?: string;
  cluster?: string;
  level?: "จังหวัด" | "กลุ่มจังหวัด";
  kpiAssessed?: boolean;
  projects?: RowInput[];
}

export function project(code: string, name: string, extra: RowInput = {}): RowInput {
  return {
    code,
    name,
    kind: "ส่วนราชการ",
    budgetSource: "งบจังหวัด",
    issueNo: 1,
    approachCode: "1.1",
    missionGroup: "ด้านเศรษฐกิจ",
    rationale: "ผลผลิตทุเรียนตกต่ำร้อยละ 20 ตามข้อมูลสำนักงานเกษตรจังหวัด",
    objectives: "เพิ่มรายได้เกษตรกร",
    targets: "เกษตรกร 500 ราย",
    indicators: "รายได้เพิ่มขึ้นร้อยละ 10",
    activities: "อบรม ศึกษาดูงาน",
    location: "อำเภอเมือง",
    startDate: "1 ต.ค. 51",
    endDate: "30 ก.ย. 52",
    budget: 1_250_000,
    agency: "สำนักงานเกษตรจังหวัด",
    beneficiaries: 500,
    jobs: 20,
    income: 300_000,
    seModeration: "ใช่",
    seModerationReason: "ใช้ทรัพยากรในพื้นที่อย่างพอประมาณ",
    readyLand: "พร้อม",
    readyDesign: "พร้อม",
    readyPermits: "ไม่ต้องใช้",
    outputs: "เกษตรกรได้รับการอบรม",
    outcomes: "รายได้เพิ่มขึ้น",
    proposerType: "ส่วนราชการ",
    ...extra,
  };
}

export function fixtureGrids(opts: FixtureOptions = {}) {
  const province = opts.province ?? "ตราด";
  return workbookGrids({
    info: {
      level: opts.level ?? "จังหวัด",
      province,
      cluster: opts.cluster ?? "ภาคตะวันออก",
      fiscalYear: 2552,
      planFirstYear: 2553,
      planLastYear: 2556,
      planStatus: "ร่าง",
      kpiAssessed: opts.kpiAssessed === false ? "ไม่ใช่" : "ใช่",
      preparedBy: `สำนักงานจังหวัด${province}`,
      preparedDate: "15 ม.ค. 52",
    },
    swot: [
      { code: "S1", type: "จุดแข็ง", text: "แหล่งผลิตผลไม้คุณภาพ" },
      { code: "W1", type: "จุดอ่อน", text: "ราคาผลผลิตผันผวน", evidence: "ราคาลดลงร้อยละ 30" },
      { code: "O1", type: "โอกาส", text: "การค้าชายแดนขยายตัว" },
      { code: "T1", type: "ภัยคุกคาม", text: "ภัยแล้ง", evidence: "ปี 2551" },
    ],
    objectives: [
      {
        code: "OB1",
        text: "เพิ่มรายได้จากภาคเกษตร",
        indicator: "รายได้ครัวเรือน",
        baseline: 100000,
        target: 120000,
        unit: "บาท",
        targetYear: 2556,
      },
    ],
    issues: [
      {
        no: 1,
        name: "พัฒนาเกษตรและการค้าชายแดน",
        missionGroup: "ด้านเศรษฐกิจ",
        scope: "จังหวัด",
        tows: "SO",
        swotCodes: "S1, O1",
        objectiveCodes: "OB1",
      },
    ],
    approaches: [{ code: "1.1", issueNo: 1, text: "ยกระดับคุณภาพผลไม้", objectiveCodes: "OB1" }],
    positioning: [
      { type: "วิสัยทัศน์", code: "V1", text: "เมืองผลไม้และการค้าชายแดนที่ยั่งยืน" },
      { type: "พันธกิจ", code: "M1", text: "ส่งเสริมการเกษตรมูลค่าสูง" },
      { type: "ตำแหน่งทางยุทธศาสตร์", code: "P1", text: "ศูนย์กลางผลไม้ภาคตะวันออก", issueNos: "1" },
    ],
    projects: opts.projects ?? [
      project("P001", "โครงการพัฒนาคุณภาพทุเรียนส่งออก"),
      project("P002", "โครงการถนนเชื่อมด่านชายแดนบ้านหาดเล็ก", { kind: "อปท.", budgetSource: "งบ อปท.", budget: 3_500_000.5 }),
      project("P003", "โครงการตลาดผลไม้กลุ่มจังหวัด", { kind: "กลุ่มจังหวัด", budgetSource: "งบกลุ่มจังหวัด", budget: 2_000_000 }),
    ],
    kpi: [
      {
        kpiId: "3.6",
        step: "1.1",
        level: 1,
        description: "จัดทำแผนงานด้านความมั่นคง",
        dueDate: "15 ม.ค. 52",
        doneDate: "10 ม.ค. 52",
        evidence: "หนังสือ ตร 0017/123",
      },
      {
        kpiId: "3.6",
        step: "2.1",
        level: 2,
        description: "รายงานความก้าวหน้า 6 เดือน",
        dueDate: "7 เม.ย. 52",
        doneDate: "1 เม.ย. 52",
        evidence: "หนังสือ ตร 0017/456",
      },
    ],
  });
}

export function fixtureResult(opts: FixtureOptions = {}): CheckResult {
  return checkGrids(fixtureGrids(opts));
}

/** The parts of a packed .docx the tests look at. */
export async function docxParts(buf: Buffer): Promise<{ document: string; styles: string; footers: string; settings: string }> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(buf);
  const read = (p: string) => zip.file(p)?.async("string") ?? Promise.resolve("");
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  return {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    footers: (await Promise.all(footerNames.map(read))).join(""),
    settings: await read("word/settings.xml"),
  };
}

/** The document's text as mammoth reads it (what a reader of the .docx sees). */
/** The text a reader sees: the no-break spaces and word joiners that keep a date or a code on one line read as nothing more. */
export async function docxText(buf: Buffer): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  return (await mammoth.extractRawText({ buffer: buf })).value.replaceAll("\u00A0", " ").replaceAll("\u2060", "");
}

export interface SectionLayout {
  width: number;
  height: number;
  left: number;
  right: number;
}

export function sectionLayouts(documentXml: string): SectionLayout[] {
  return (documentXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? []).map((s) => {
    const n = (re: RegExp) => Number(re.exec(s)?.[1] ?? NaN);
    return {
      width: n(/<w:pgSz[^>]*w:w="(\d+)"/),
      height: n(/<w:pgSz[^>]*w:h="(\d+)"/),
      left: n(/<w:pgMar[^>]*w:left="(\d+)"/),
      right: n(/<w:pgMar[^>]*w:right="(\d+)"/),
    };
  });
}
