/**
 * What a committee decides with (issue 12, DOMAIN.md §10), as the documents
 * print it: one ceiling split everywhere, the per-project decision table in
 * the screening report and every packet kind, the ceilings reconciled across
 * workbooks, unreadable values shown as such, and the KPI report's reasons.
 */
import { describe, expect, it } from "vitest";
import { ceilingSplit, checkGrids, type CheckResult } from "../../core";
import { ceilingStandings } from "../../core/diff";
import { DOCUMENTS, findDuplicates, type PacketInput } from "../../generator/documents";
import type { Block, TableSpec } from "../../generator/documents/blocks";
import { DECISION_HEADERS } from "../../generator/documents/ceiling-tables";
import { contextOf } from "../../generator/documents/document";
import { buildPacketDocument } from "../../generator/documents/packet";
import { screeningSections } from "../../generator/documents/screening";
import { packDocument } from "../../generator/io/pack";
import { readWorkbookFile } from "../../generator/reader";
import { tableGrid } from "../helpers/grids";
import { docxParts, docxText, fixtureGrids, fixtureResult, project } from "./documents-fixture";

const sample = async (name: string): Promise<CheckResult> => checkGrids(await readWorkbookFile(`templates/samples/${name}`));
const textOf = (blocks: readonly Block[]) => blocks.map((b) => JSON.stringify(b)).join("\n");
const isTable = (b: Block): b is TableSpec => "headers" in b && Array.isArray((b as TableSpec).headers);

function withCeiling(r: CheckResult, province: number | null, cluster: number | null = null): CheckResult {
  const v = r.model.info.values as { provinceCeiling: number | null; clusterCeiling: number | null };
  v.provinceCeiling = province;
  v.clusterCeiling = cluster;
  return r;
}

/** Rows: A (priority 1, 60 MB), B (2, 50 MB), C (3, 10 MB), D (blank, #REF!); ceiling 100 MB. */
function ranked(): CheckResult {
  return withCeiling(
    fixtureResult({
      projects: [
        project("A01", "โครงการถนนเชื่อมด่านชายแดน", { priority: 1, budget: 60_000_000 }),
        project("B02", "โครงการตลาดผลไม้ชายแดน", { priority: 2, budget: 50_000_000 }),
        project("C03", "โครงการอบรมเกษตรกรรุ่นใหม่", { priority: 3, budget: 10_000_000 }),
        project("D04", "โครงการศูนย์บริการนักท่องเที่ยว", { priority: null, budget: "#REF!" }),
      ],
    }),
    100_000_000,
  );
}

const packet = (committee: PacketInput["committee"], results: CheckResult[], cluster = "ภาคตะวันออก"): PacketInput => ({
  committee,
  entries: results.map((result) => ({ result, cluster })),
  leftOut: [],
  duplicates: findDuplicates(
    results.map((e) => ({ province: e.province, projects: e.model.projects.rows })),
    0.8,
  ),
});

describe("the one ceiling split", () => {
  it("fills by priority, puts the first that would pass the ceiling and every later one over, an unreadable budget over and counted apart", () => {
    const s = ceilingSplit(ranked().model);
    expect(s.places).toEqual(["inside", "over", "over", "over"]);
    expect(s.unpriced).toEqual({ inside: 0, over: 1, information: 0 });
    expect(s.over.budget).toBe(60_000_000);
  });

  it("is a setting: a later project may still fit, or workbook order instead of priority", () => {
    expect(ceilingSplit(ranked().model, { order: "priority", afterOverflow: "next-may-fit" }).places).toEqual([
      "inside",
      "over",
      "inside",
      "over",
    ]);
    const r = ranked();
    r.model.projects.rows[0].priority = 9;
    expect(ceilingSplit(r.model, { order: "workbook", afterOverflow: "over" }).places[0]).toBe("inside");
    expect(ceilingSplit(r.model).places[0]).toBe("over");
  });

  it("is read from the workbook's pack when it sets one, and the report states the rule it used", () => {
    const r = ranked();
    const stated = textOf(screeningSections(r, contextOf({})).flatMap((x) => x.parts));
    expect(stated).toContain("โครงการแรกที่ทำให้เกินวงเงินและโครงการถัดไปทั้งหมดถือว่าเกินกรอบวงเงิน");
    r.pack = { ...r.pack!, ceilingFill: { order: "priority", afterOverflow: "next-may-fit" } };
    const text = textOf(screeningSections(r, contextOf({})).flatMap((x) => x.parts));
    expect(text).toContain("ภายในกรอบวงเงิน (2 โครงการ รวม 70,000,000 บาท)");
    expect(text).toContain("โครงการถัดไปที่ยังอยู่ในวงเงินนับเข้าได้");
  });

  it("is the one the diff and the screening report use: on the FY2570 sample 22 inside, 3 over, 1 รับทราบ", async () => {
    const r = await sample("khon-kaen-2570.xlsx");
    const s = ceilingSplit(r.model);
    expect([s.inside.count, s.over.count, s.information.count]).toEqual([22, 3, 1]);
    const standings = ceilingStandings(r.model);
    s.places.forEach((p, i) => expect(standings[i]).toBe(p === "inside" || p === "over" ? p : null));
    const text = textOf(screeningSections(r, contextOf({})).flatMap((x) => x.parts));
    expect(text).toContain("ภายในกรอบวงเงิน (22 โครงการ");
    expect(text).toContain("เกินกรอบวงเงิน (3 โครงการ");
    expect(text).toContain("รับทราบ (โครงการส่วนราชการ) (1 โครงการ");
  });
});

describe("the screening report", () => {
  it("shows an unreadable budget as such and never passes 4.4 for it", () => {
    const r = ranked();
    const parts = screeningSections(r, contextOf({})).flatMap((s) => s.parts);
    const text = textOf(parts);
    expect(text).toContain("งบประมาณ อ่านไม่ได้ (#REF!)");
    const at = parts.findIndex((b) => !isTable(b) && JSON.stringify(b).includes("โครงการ D04"));
    const table = parts.slice(at).find(isTable)!;
    const row44 = table.rows.find((row) => row[0] === "4.4")!;
    expect(row44[3]).toContain("ประเมินความคุ้มค่าไม่ได้");
    expect(row44[2]).toBe("ไม่ผ่าน");
    const summary = parts.find(isTable)!;
    const passed = summary.rows.find((row) => row[0] === "4.4")![3];
    expect(passed).toBe("3/4");
  });

  it("prints the decision table with its columns, every project in one part, the parts headed ภายใน/เกินกรอบวงเงิน", () => {
    const r = ranked();
    const parts = screeningSections(r, contextOf({})).flatMap((s) => s.parts);
    const decisions = parts.filter(isTable).filter((t) => t.headers.join() === DECISION_HEADERS.join());
    expect(decisions.length).toBe(2);
    expect(decisions.flatMap((t) => t.rows.map((row) => row[1])).sort()).toEqual(["A01", "B02", "C03", "D04"]);
    const text = textOf(parts);
    expect(text).toMatch(/"ภายในกรอบวงเงิน \(1 โครงการ/);
    expect(text).toMatch(/"เกินกรอบวงเงิน \(3 โครงการ รวม 60,000,000 บาท ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้\)/);
  });
});

describe("packets", () => {
  it("carry the per-project decision table in every committee kind's province sections", () => {
    for (const committee of ["ก.บ.จ.", "ก.บ.ก.", "ก.น.จ."] as const) {
      const spec = buildPacketDocument(packet(committee, [ranked()]));
      const tables = spec.sections.flatMap((s) => s.parts).filter(isTable);
      const decision = tables.filter((t) => t.headers.join() === DECISION_HEADERS.join());
      expect(decision.length, committee).toBeGreaterThan(0);
      expect(decision.flatMap((t) => t.rows.map((row) => row[1])).sort(), committee).toEqual(["A01", "B02", "C03", "D04"]);
    }
  });

  it("reconcile the cluster ceiling across the workbooks given, saying where they disagree", () => {
    const trat = withCeiling(
      fixtureResult({
        projects: [project("T01", "โครงการท่องเที่ยวกลุ่มจังหวัด", { kind: "กลุ่มจังหวัด", budgetSource: "งบกลุ่มจังหวัด", budget: 30_000_000 })],
      }),
      100_000_000,
      45_000_000,
    );
    const chan = withCeiling(
      fixtureResult({
        province: "จันทบุรี",
        projects: [project("C01", "โครงการศูนย์ผลไม้กลุ่มจังหวัด", { kind: "กลุ่มจังหวัด", budgetSource: "งบกลุ่มจังหวัด", budget: 20_000_000 })],
      }),
      80_000_000,
      50_000_000,
    );
    const text = textOf(buildPacketDocument(packet("ก.บ.ก.", [trat, chan])).sections.flatMap((s) => s.parts));
    expect(text).toContain("ไม่ตรงกัน");
    expect(text).toContain("จังหวัดตราด 45,000,000 บาท");
    expect(text).toContain("จังหวัดจันทบุรี 50,000,000 บาท");
    // The smaller stated ceiling (no cluster workbook given): 30 MB fits, the next 20 MB does not.
    expect(text).toContain("ภายในกรอบวงเงิน 1 โครงการ 30,000,000 บาท · เกินกรอบวงเงิน 1 โครงการ 20,000,000 บาท");
  });

  it("write Thai digits in every number with --thai-digits, and no table row splits across pages", async () => {
    const buf = await packDocument(buildPacketDocument(packet("ก.บ.ก.", [ranked()]), { thaiDigits: true }));
    const text = await docxText(buf);
    const arabic = text.split(/\s+/).filter((w) => /[0-9]/.test(w) && !/[A-Za-z]/.test(w));
    expect(arabic).toEqual([]);
    expect(text).toContain("ภายในกรอบวงเงิน (๑ โครงการ");
    const { document } = await docxParts(buf);
    const rows = document.match(/<w:tr>/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(0);
    expect(document.match(/<w:tr><w:trPr><w:cantSplit\/>/g)?.length).toBe(rows);
  });

  it("list a province's error findings in its section, an unreadable budget's among them", () => {
    const r = ranked();
    const spec = buildPacketDocument(packet("ก.บ.จ.", [r]));
    const section = textOf(spec.sections[spec.sections.length - 1].parts);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.some((f) => f.message.includes("#REF!"))).toBe(true);
    for (const f of errors) expect(section).toContain(JSON.stringify(f.message).slice(1, -1));
  });
});

describe("the KPI report", () => {
  it("says why the level stops, that a passed level above it does not count, and the meeting dates by quarter", async () => {
    const r = await sample("trat-2552.xlsx");
    const text = await docxText(await packDocument(DOCUMENTS.kpi.build(r)));
    expect(text).toContain("ระดับ 4 ไม่ผ่าน: ขั้นตอน 4.1 ส่งเมื่อ 10 พ.ย. 2552 หลังกำหนด 31 ต.ค. 2552");
    expect(text).toContain("ระดับ 5 ผ่านตามขั้นตอน แต่ไม่นับ เนื่องจากระดับขั้นของความสำเร็จนับสะสม ต้องผ่านระดับ 4 ก่อน");
    expect(text).toContain("การประชุมติดตามการดำเนินงานรายไตรมาส");
    expect(text).toMatch(/ไตรมาส 4\s+ก\.ค\.–ก\.ย\. 2552\s+1 ก\.ค\. 2552, 10 ก\.ย\. 2552\s+2/);
    expect(text).toContain("โครงการนำร่องบูรณาการ");
  });

  it("says a cluster is not assessed because KPI 3.6 assesses provinces, and a year without the KPI as such", async () => {
    const cluster = fixtureResult({ level: "กลุ่มจังหวัด", province: "กลุ่มจังหวัดภาคตะวันออก" });
    const text = await docxText(await packDocument(DOCUMENTS.kpi.build(cluster)));
    expect(text).toContain("ตัวชี้วัดที่ 3.6 ประเมินเป็นรายจังหวัด มิใช่กลุ่มจังหวัด");
    expect(text).not.toContain("มิได้เป็นจังหวัดชายแดน");
    const today = await docxText(await packDocument(DOCUMENTS.kpi.build(await sample("khon-kaen-2570.xlsx"))));
    expect(today).toContain("ยังไม่มีการกำหนดตัวชี้วัดที่ 3.6");
    expect(today).not.toContain("มิได้เป็นจังหวัดชายแดน");
  });

  it("prints a date the workbook could not read as such, in the steps and among the meetings", async () => {
    const grids = fixtureGrids().map((g) => {
      if (g.sheet === tableGrid("kpi", []).sheet)
        return tableGrid("kpi", [
          { kpiId: "3.6", step: "1.1", level: 1, description: "จัดทำแผนงาน", dueDate: "15 ม.ค. 52", doneDate: "ยังไม่ทราบ" },
        ]);
      if (g.sheet === tableGrid("kpiMeetings", []).sheet)
        return tableGrid("kpiMeetings", [
          { kpiId: "3.6", meetingNo: 1, date: "12 พ.ย. 51" },
          { kpiId: "3.6", meetingNo: 2, date: "ประชุมแล้ว" },
        ]);
      return g;
    });
    const text = await docxText(await packDocument(DOCUMENTS.kpi.build(checkGrids(grids))));
    expect(text).toContain("อ่านไม่ได้ (ยังไม่ทราบ)");
    expect(text).toMatch(/วันที่อ่านไม่ได้\s+อ่านไม่ได้ \(ประชุมแล้ว\)\s+1/);
    expect(text).toMatch(/ไตรมาส 1\s+ต\.ค\.–ธ\.ค\. 2551\s+12 พ\.ย\. 2551\s+1/);
  });
});
