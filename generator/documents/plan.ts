/** 1. แผนพัฒนาจังหวัด / กลุ่มจังหวัด: positioning from SWOT to projects, with the budget summary. */
import type { CheckResult, Project } from "../../core";
import { cover, field, fieldLines, heading, headingsOf, para, table, widths, type Block } from "./blocks";
import { budgetByIssue, issueGroups } from "./budget-tables";
import { budgetSummary, fittedProjectTable, projectTable } from "./common-tables";
import {
  coverSection,
  contents,
  contextOf,
  docSpec,
  letterheadFor,
  section,
  type BuildContext,
  type DocOptions,
  type DocSpec,
} from "./document";
import { contentWeights } from "./column-widths";
import { planProcess } from "./plan-process";
import { TEXT_WIDTH } from "./style";
import { groupBy, KIND_ORDER, kindTitle, issuerOf, placeName, propertiesOf } from "./summary";
import { projectValues, unreadableField, unreadableIndex, unreadableInfo, unreadableText, type ProjectValues } from "./unreadable";

const W = TEXT_WIDTH.portrait;
const SWOT_TYPES = ["จุดแข็ง", "จุดอ่อน", "โอกาส", "ภัยคุกคาม"];

export function planTitle(result: CheckResult): string {
  return `แผนพัฒนา${placeName(result)}`;
}

function swot(result: CheckResult, ctx: BuildContext): Block[] {
  const blocks: Block[] = [heading("ส่วนที่ 1 การวิเคราะห์ศักยภาพ (SWOT)", 1, { pageBreakBefore: true })];
  const headers = ["รหัส", "ประเด็น", "ข้อมูลสนับสนุน/แหล่งที่มา"];
  const row = (s: (typeof result.model.swot.rows)[number]) => [ctx.fmt.text(s.code), s.text ?? "", s.evidence || "-"];
  // One set of widths for the four tables, from all the items.
  const shape = widths(W, contentWeights({ headers, rows: result.model.swot.rows.map(row) }, W / 2, 2));
  for (const [type, items] of groupBy(result.model.swot.rows, (s) => s.type, SWOT_TYPES)) {
    blocks.push(heading(type, 2));
    blocks.push(table({ headers, widths: shape, rows: items.map(row) }));
  }
  if (!result.model.swot.rows.length) blocks.push(para("ไม่มีข้อมูล SWOT ในแบบฟอร์ม"));
  return blocks;
}

function direction(result: CheckResult, ctx: BuildContext): Block[] {
  const m = result.model;
  const statements = (type: string) => m.positioning.rows.filter((p) => p.type === type);
  const index = unreadableIndex(result);
  // A figure the workbook held but could not read shows as such, not as a blank.
  const shown = (o: { $row: number }, key: string, text: string) => {
    const raw = text ? null : unreadableField(index, m.objectives.sheet, o, key);
    return raw === null ? text : unreadableText(raw);
  };
  const blocks: Block[] = [heading("ส่วนที่ 2 วิสัยทัศน์ พันธกิจ และวัตถุประสงค์", 1, { pageBreakBefore: true }), heading("วิสัยทัศน์", 2)];
  for (const v of statements("วิสัยทัศน์")) blocks.push(para(`“${v.text ?? ""}”`, { indent: true }));
  blocks.push(heading("พันธกิจ", 2));
  statements("พันธกิจ").forEach((s, i) => blocks.push(para(ctx.fmt.text(`${i + 1}. ${s.text ?? ""}`), { indent: true })));
  blocks.push(heading("วัตถุประสงค์ ตัวชี้วัด และค่าเป้าหมาย", 2));
  const headers = ["รหัส", "วัตถุประสงค์", "ตัวชี้วัด", "ค่าฐาน", "ค่าเป้าหมาย", "ปีเป้าหมาย", "เป้าหมายเชิงคุณภาพ"];
  const rows = m.objectives.rows.map((o) => [
    ctx.fmt.text(o.code),
    o.text ?? "",
    o.indicator ?? "",
    shown(o, "baseline", ctx.fmt.num(o.baseline)),
    `${shown(o, "target", ctx.fmt.num(o.target))} ${o.unit ?? ""}`.trim(),
    shown(o, "targetYear", ctx.fmt.text(o.targetYear)),
    o.qualitativeTarget ?? "",
  ]);
  blocks.push(
    table({
      headers,
      widths: widths(W, contentWeights({ headers, rows }, W / 5)),
      align: ["left", "left", "left", "right", "right", "center", "left"],
      rows,
    }),
  );
  return blocks;
}

const SWOT_LETTER: Record<string, string> = { S: "จุดแข็ง", W: "จุดอ่อน", O: "โอกาส", T: "ภัยคุกคาม" };

/** "SO (จุดแข็ง–โอกาส)": the pairing in words as well as letters. */
export function towsText(tows: string | null): string {
  if (!tows) return "";
  const words = [...tows].map((c) => SWOT_LETTER[c]);
  return words.every(Boolean) ? `${tows} (${words.join("–")})` : tows;
}

/** "S2 มีหมู่เกาะช้าง…": each listed code with its text, where the plan defines it. */
export function codesWithText(codes: readonly string[] | null, texts: Map<string, string>, ctx: BuildContext): string[] {
  return (codes ?? []).map((c) => ctx.fmt.text(texts.get(c) ? `${c} ${texts.get(c)}` : c));
}

function issues(result: CheckResult, ctx: BuildContext): Block[] {
  const m = result.model;
  const swotTexts = new Map(m.swot.rows.map((s) => [s.code ?? "", `${s.type ?? ""} ${s.text ?? ""}`.trim()]));
  const needTexts = new Map(m.needs.rows.map((n) => [n.id ?? "", n.text ?? ""]));
  const objectiveTexts = new Map(m.objectives.rows.map((o) => [o.code ?? "", o.text ?? ""]));
  const blocks: Block[] = [heading("ส่วนที่ 3 ประเด็นยุทธศาสตร์และแนวทางการพัฒนา", 1, { pageBreakBefore: true })];
  // The issues in their own order (by number), each naming its mission group: not regrouped.
  for (const issue of [...m.issues.rows].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity))) {
    blocks.push(heading(ctx.fmt.text(`ประเด็นยุทธศาสตร์ที่ ${issue.no ?? "-"} ${issue.name ?? ""}`), 2));
    blocks.push(field("กลุ่มภารกิจ:", [issue.missionGroup, issue.scope ? `ระดับ${issue.scope}` : ""].filter(Boolean).join(" ")));
    blocks.push(field("คู่ TOWS:", towsText(issue.tows)));
    blocks.push(...fieldLines("SWOT ที่รองรับ:", codesWithText(issue.swotCodes, swotTexts, ctx)));
    blocks.push(...fieldLines("ความต้องการที่ตอบสนอง:", codesWithText(issue.needIds, needTexts, ctx)));
    blocks.push(...fieldLines("วัตถุประสงค์ที่ตอบสนอง:", codesWithText(issue.objectiveCodes, objectiveTexts, ctx)));
    const approaches = m.approaches.rows.filter((a) => a.issueNo === issue.no);
    blocks.push({ ...para("แนวทางการพัฒนา", { bold: true }), keepNext: true });
    if (!approaches.length) blocks.push(para("-", { indent: true }));
    for (const a of approaches) blocks.push(para(ctx.fmt.text(`${a.code ?? ""} ${a.text ?? ""}`), { indent: true }));
  }
  if (!m.issues.rows.length) blocks.push(para("ไม่มีประเด็นยุทธศาสตร์ในแบบฟอร์ม"));
  return blocks;
}

function positioning(result: CheckResult, ctx: BuildContext): Block[] {
  const rows = result.model.positioning.rows.filter((p) => p.type === "ตำแหน่งทางยุทธศาสตร์");
  const blocks: Block[] = [heading("ส่วนที่ 4 ตำแหน่งทางยุทธศาสตร์ (Positioning)", 1)];
  if (!rows.length) blocks.push(para("ไม่ได้ระบุตำแหน่งทางยุทธศาสตร์"));
  for (const p of rows)
    blocks.push(para(ctx.fmt.text(`${p.text ?? ""} (ประเด็นยุทธศาสตร์ที่ ${(p.issueNos ?? []).join(", ") || "-"})`), { indent: true }));
  return blocks;
}

function projectsByIssue(result: CheckResult, ctx: BuildContext, values: ProjectValues): Block[] {
  const blocks: Block[] = [heading("ส่วนที่ 5 โครงการตามประเด็นยุทธศาสตร์", 1, { pageBreakBefore: true })];
  // One set of column widths for every table of the part, from all the projects.
  const shape = fittedProjectTable(result.model.projects.rows, ctx, W, values).widths;
  for (const g of issueGroups(result, ctx)) {
    blocks.push(heading(g.title, 2));
    for (const [kind, ps] of groupBy<Project>(g.projects, (p) => p.kind, KIND_ORDER)) {
      blocks.push(heading(kindTitle(kind), 3), { ...projectTable(ps, ctx, W, values), widths: shape });
    }
  }
  if (!result.model.projects.rows.length) blocks.push(para("ไม่มีโครงการในแบบฟอร์ม"));
  return blocks;
}

export function buildPlanDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const values = projectValues(result, ctx);
  const v = result.model.info.values;
  const draft = v.planStatus === "ร่าง" || !v.planStatus ? "(ร่าง) " : "";
  const name = planTitle(result);
  const front: Block[] = cover({
    letterhead: letterheadFor(ctx, issuerOf(result)),
    title: `${draft}${name}`,
    lines: [
      ctx.fmt.text(`พ.ศ. ${v.planFirstYear ?? "-"} – ${v.planLastYear ?? "-"}`),
      ctx.fmt.text(`ฉบับทบทวน ปีงบประมาณ พ.ศ. ${v.fiscalYear ?? "-"}`),
      v.preparedBy ?? "",
      v.preparedDate ? ctx.fmt.date(v.preparedDate, "long") : (unreadableInfo(result, "preparedDate") ?? ""),
    ],
  });
  const body: Block[] = [
    ...swot(result, ctx),
    ...direction(result, ctx),
    ...issues(result, ctx),
    ...positioning(result, ctx),
    ...projectsByIssue(result, ctx, values),
    heading("ส่วนที่ 6 สรุปงบประมาณ", 1, { pageBreakBefore: true }),
    heading("งบประมาณตามประเด็นยุทธศาสตร์และประเภทโครงการ", 2),
    ...budgetByIssue(result, ctx, values, W),
    heading("งบประมาณตามประเภทโครงการและแหล่งงบประมาณ", 2),
    ...budgetSummary(result.model.projects.rows, ctx, W, values),
    heading("ส่วนที่ 7 การรับฟังความคิดเห็น คณะกรรมการ และขั้นตอนการอนุมัติแผน", 1, { pageBreakBefore: true }),
    ...planProcess(result, ctx, W),
  ];
  return docSpec(name, [coverSection([...front, ...contents(headingsOf(body))]), section(body)], opts, true, propertiesOf(result));
}
