/**
 * The development plan, the action plan and the proposal forms of the bundled
 * samples, as a committee reads them (issue 12): budget by issue and kind,
 * the plan's making, subtotals, the list before the forms, unreadable values
 * shown as such, no cell references, Thai digits throughout.
 */
import { describe, expect, it } from "vitest";
import { checkGrids, formatBaht, type CheckResult, type Project } from "../../core";
import { DOCUMENTS, isTableSpec, type DocSpec, type TableSpec } from "../../generator/documents";
import { packDocument } from "../../generator/io/pack";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { workbookGrids } from "../helpers/grids";
import { docxParts, docxText, project } from "./documents-fixture";

const SAMPLES = ["trat-2552", "khon-kaen-2552", "khon-kaen-2570", "cluster-east-2552"] as const;
const results = new Map<string, Promise<CheckResult>>();
const sample = (name: string) => {
  if (!results.has(name)) results.set(name, checkWorkbookFile(`templates/samples/${name}.xlsx`));
  return results.get(name)!;
};
const KINDS = ["plan", "action", "proposals"] as const;
/** A sample document's text, made once per sample and kind: several tests read the same one. */
const texts = new Map<string, Promise<string>>();
const sampleText = (name: string, kind: (typeof KINDS)[number]) => {
  const key = `${name}/${kind}`;
  if (!texts.has(key))
    texts.set(
      key,
      sample(name).then(async (r) => docxText(await packDocument(DOCUMENTS[kind].build(r)))),
    );
  return texts.get(key)!;
};

const tables = (spec: DocSpec): TableSpec[] => spec.sections.flatMap((s) => s.parts.filter(isTableSpec));
const money = (s: string) => Number(s.replace(/,/g, ""));
const readable = (ps: readonly Project[]) => ps.reduce((a, p) => a + (p.budget ?? 0), 0);
/** A cell reference in running text ("โครงการ!S18", "SWOT!D8"). */
const CELL_REF = /\S+![A-Z]{1,3}\d+/;

describe.each(SAMPLES)("%s: the plan, action plan and proposal forms", (name) => {
  it("speak to a committee: no command names, no sheet!cell references", async () => {
    for (const kind of KINDS) {
      const text = await sampleText(name, kind);
      expect(text, kind).not.toMatch(CELL_REF);
      expect(text, kind).not.toMatch(/phaen|คำสั่ง/);
    }
  });

  it("plan: the budget by issue and kind adds up to the plan's total, each issue's subtotal to its projects", async () => {
    const r = await sample(name);
    const byIssue = tables(DOCUMENTS.plan.build(r)).find((t) => t.headers[0] === "ประเด็นยุทธศาสตร์/ประเภทโครงการ")!;
    expect(byIssue).toBeDefined();
    const projects = r.model.projects.rows;
    expect(money(byIssue.totals![0][2])).toBe(readable(projects));
    expect(Number(byIssue.totals![0][1])).toBe(projects.length);
    const subtotals = byIssue.rows.filter((_, n) => byIssue.boldRows!.includes(n));
    expect(subtotals.reduce((a, row) => a + money(row[2]), 0)).toBe(readable(projects));
    const issues = [...r.model.issues.rows].sort((a, b) => a.no! - b.no!).filter((i) => projects.some((p) => p.issueNo === i.no));
    // Bands name the issues in their own order, each subtotal the sum of that issue's projects.
    const bands = byIssue.bands!.map((n) => byIssue.rows[n][0]);
    expect(bands.slice(0, issues.length)).toEqual(issues.map((i) => `ประเด็นยุทธศาสตร์ที่ ${i.no} ${i.name}`));
    issues.forEach((issue, k) => {
      expect(money(subtotals[k][2])).toBe(readable(projects.filter((p) => p.issueNo === issue.no)));
    });
  });

  it("action plan: one list by issue and kind, every band's subtotal the sum of the projects under it, the fiscal year in its title", async () => {
    const r = await sample(name);
    const spec = DOCUMENTS.action.build(r);
    expect(spec.title).toBe(`แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ${r.model.info.values.fiscalYear}`);
    const landscape = spec.sections.find((s) => s.orientation === "landscape")!;
    const list = landscape.parts.filter(isTableSpec);
    // One table: its header row once per page, not once per group.
    expect(list).toHaveLength(1);
    const t = list[0];
    const budgetCol = t.headers.indexOf("งบประมาณ (บาท)");
    const bands = new Set(t.bands);
    const projectRows = t.rows.filter((_, n) => !bands.has(n));
    expect(projectRows).toHaveLength(r.model.projects.rows.length);
    for (const b of t.bands!) {
      // A band's projects: the rows after it up to the next band of the same level or above.
      const shaded = t.shadedRows!.includes(b);
      let end = b + 1;
      while (end < t.rows.length && !(bands.has(end) && (shaded ? t.shadedRows!.includes(end) : true))) end++;
      const under = t.rows.slice(b + 1, end).filter((_, i) => !bands.has(b + 1 + i));
      const sum = under.reduce((a, row) => a + (/^[\d,.]+$/.test(row[budgetCol]) ? money(row[budgetCol]) : 0), 0);
      expect(money(t.rows[b][budgetCol]), t.rows[b][0]).toBe(sum);
    }
    expect(money(t.totals![0][budgetCol])).toBe(readable(r.model.projects.rows));
  });

  it("proposal forms: the list of projects first, then each form with its needs, SWOT items, priority, decision, flags and the names of its issue and approach", async () => {
    const r = await sample(name);
    const text = await sampleText(name, "proposals");
    const firstForm = text.indexOf("1. ชื่อโครงการ:");
    const list = text.indexOf("บัญชีโครงการที่เสนอ");
    expect(list).toBeGreaterThan(-1);
    expect(list).toBeLessThan(firstForm);
    for (const p of r.model.projects.rows) expect(text.slice(list, firstForm)).toContain(p.name!);
    expect(text.match(/1\. ชื่อโครงการ:/g)).toHaveLength(r.model.projects.rows.length);
    const m = r.model;
    for (const p of m.projects.rows.slice(0, 5)) {
      const at = text.indexOf(`2. รหัสโครงการ: ${p.code}`);
      const form = text.slice(at, text.indexOf("1. ชื่อโครงการ:", at + 1) >>> 0);
      const issue = m.issues.rows.find((i) => i.no === p.issueNo);
      const approach = m.approaches.rows.find((a) => a.code === p.approachCode);
      if (issue) expect(form).toContain(issue.name!);
      if (approach) expect(form).toContain(approach.text!);
      for (const id of p.needIds ?? []) {
        const need = m.needs.rows.find((n) => n.id === id);
        if (need) expect(form).toContain(`${id} ${need.text}`);
      }
      for (const code of p.swotCodes ?? []) {
        const s = m.swot.rows.find((x) => x.code === code);
        if (s) expect(form).toContain(s.text!);
      }
      expect(form).toMatch(/26\. ลำดับความสำคัญ: (\d+|ไม่ระบุ)/);
      expect(form).toContain(`27. มติคณะกรรมการ: ${p.decision ?? "ยังไม่มีมติ"}`);
      expect(form).toMatch(/28\. แผนงานด้านความมั่นคง: (ใช่|ไม่ใช่|ไม่ระบุ)/);
      expect(form).toMatch(/29\. โครงการนำร่องบูรณาการ: (ใช่|ไม่ใช่|ไม่ระบุ)/);
    }
  });

  it("no table row splits across pages, and headings keep with what follows", async () => {
    const r = await sample(name);
    for (const kind of KINDS) {
      const { document } = await docxParts(await packDocument(DOCUMENTS[kind].build(r)));
      expect(document.match(/<w:tr>/g)?.length, kind).toBe(document.match(/<w:cantSplit\/>/g)?.length);
      for (const h of document.match(/<w:p><w:pPr><w:pStyle w:val="Heading[123]"\/>[^]*?<\/w:pPr>/g) ?? [])
        expect(h).toContain("<w:keepNext/>");
    }
  });
});

describe("trat-2552: the plan's content and what the workbook could not read", () => {
  it("plan: SWOT and TOWS as text under each issue, issues in their own order, hearings and needs, the committee and the approval steps with dates", async () => {
    const r = await sample("trat-2552");
    const text = await sampleText("trat-2552", "plan");
    const part3 = text.slice(text.lastIndexOf("ส่วนที่ 3 ประเด็นยุทธศาสตร์"), text.lastIndexOf("ส่วนที่ 4 "));
    expect(part3).toContain("คู่ TOWS: SO (จุดแข็ง–โอกาส)");
    expect(part3).toContain("S2 จุดแข็ง มีหมู่เกาะช้าง เกาะกูด เกาะหมาก");
    const order = [1, 2, 3, 4, 5, 6].map((n) => part3.indexOf(`ประเด็นยุทธศาสตร์ที่ ${n} `));
    expect(order.every((at, i) => at > -1 && (i === 0 || at > order[i - 1]))).toBe(true);
    const part7 = text.slice(text.lastIndexOf("ส่วนที่ 7 "));
    for (const h of r.model.hearings.rows) expect(part7).toContain(h.place!);
    for (const n of r.model.needs.rows) expect(part7).toContain(n.text!);
    for (const c of r.model.committee.rows) expect(part7).toContain(c.name!);
    expect(part7).toContain("ก.บ.จ./ก.บ.ก. เห็นชอบ");
    expect(part7).toContain("8 ก.ค. 2551");
    expect(part7).toContain("เหตุผลที่ไม่รับ: งบไม่พอ");
  });

  it("shows the #REF! budget and the unreadable start date as such, and every total that leaves the budget out says so", async () => {
    const r = await sample("trat-2552");
    for (const kind of KINDS) {
      const text = await sampleText("trat-2552", kind);
      expect(text, kind).toContain("อ่านไม่ได้ (#REF!)");
      expect(text, kind).toContain("ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้");
      if (kind !== "plan") expect(text, kind).toContain("อ่านไม่ได้ (ต้นปีงบประมาณ)");
    }
    const total = tables(DOCUMENTS.action.build(r)).find((t) => t.headers[0] === "ประเภทโครงการ")!;
    expect(total.totals![0][0]).toBe("รวมทั้งสิ้น (ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้)");
    expect(total.totals![0][3]).toBe(formatBaht(readable(r.model.projects.rows)));
  });

  it("--thai-digits: every number in Thai digits, project codes as typed", async () => {
    const r = await sample("trat-2552");
    for (const kind of KINDS) {
      const text = await docxText(await packDocument(DOCUMENTS[kind].build(r, { thaiDigits: true })));
      const words = text.split(/\s+/).filter((w) => /[0-9]/.test(w));
      // Only identifiers (a word with a Latin letter: TR52-001, GAP) keep Arabic digits.
      expect(
        words.filter((w) => !/[A-Za-z]/.test(w)),
        kind,
      ).toEqual([]);
      expect(text, kind).toContain("TR52-001");
    }
  });
});

describe("a value the workbook could not read, wherever the documents use it", () => {
  const r = checkGrids(
    workbookGrids({
      info: {
        level: "จังหวัด",
        province: "ตราด",
        fiscalYear: 2552,
        planFirstYear: 2551,
        planLastYear: 2554,
        planStatus: "ร่าง",
        preparedDate: "#N/A",
      },
      objectives: [{ code: "OB1", text: "เพิ่มรายได้", indicator: "รายได้", baseline: 100, target: "#REF!", unit: "ล้านบาท", targetYear: 2554 }],
      issues: [{ no: 1, name: "พัฒนาเกษตร", missionGroup: "ด้านเศรษฐกิจ", scope: "จังหวัด", tows: "WT", objectiveCodes: "OB1" }],
      approaches: [{ code: "1.1", issueNo: 1, text: "ยกระดับผลไม้" }],
      hearings: [
        { id: "H01", date: "กลางเดือนพฤษภาคม", place: "ศาลากลาง", agencyHeads: 10, localExecutives: 5, civilSociety: 7, business: 3 },
      ],
      approvals: [{ step: "ก.บ.จ./ก.บ.ก. เห็นชอบ", date: "#REF!", status: "ดำเนินการแล้ว" }],
      projects: [
        project("P001", "โครงการก", { budget: "#REF!", beneficiaries: "ราวห้าร้อย", priority: "#VALUE!" }),
        project("P002", "โครงการข", { budget: 2_000_000 }),
      ],
    }),
  );

  it("shows each as the workbook held it; the totals without the budget say so", async () => {
    const plan = await docxText(await packDocument(DOCUMENTS.plan.build(r)));
    for (const s of ["อ่านไม่ได้ (#N/A)", "อ่านไม่ได้ (#REF!) ล้านบาท", "อ่านไม่ได้ (กลางเดือนพฤษภาคม)", "คู่ TOWS: WT (จุดอ่อน–ภัยคุกคาม)"])
      expect(plan).toContain(s);
    const part7 = plan.slice(plan.lastIndexOf("ส่วนที่ 7 "));
    expect(part7).toContain("อ่านไม่ได้ (#REF!)");
    const forms = await docxText(await packDocument(DOCUMENTS.proposals.build(r)));
    for (const s of ["15. งบประมาณ: อ่านไม่ได้ (#REF!)", "18. ผู้รับประโยชน์: อ่านไม่ได้ (ราวห้าร้อย)", "26. ลำดับความสำคัญ: อ่านไม่ได้ (#VALUE!)"])
      expect(forms).toContain(s);
    for (const kind of KINDS) {
      const spec = DOCUMENTS[kind].build(r);
      const totals = tables(spec)
        .filter((t) => t.headers.includes("งบประมาณ (บาท)"))
        .flatMap((t) => t.totals ?? []);
      expect(totals.length, kind).toBeGreaterThan(0);
      // Every budget total (here all include P001) names what it leaves out.
      for (const row of totals) expect(row.join(" "), kind).toContain("ไม่รวม 1 โครงการที่อ่านงบประมาณไม่ได้");
    }
  });
});
