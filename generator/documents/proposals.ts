/** 3. แบบเสนอโครงการ: one proposal form per project. */
import { READINESS_PARTS, SUFFICIENCY_PARTS, type CheckResult, type Project } from "../../core";
import { cover, field, fieldLines, heading, para, table, widths, type Block, type ParaSpec } from "./blocks";
import { fittedProjectTable } from "./common-tables";
import { coverSection, contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { TEXT_WIDTH } from "./style";
import { kindTitle, issuerOf, placeName, propertiesOf } from "./summary";
import { projectValues, type ProjectValues } from "./unreadable";

const W = TEXT_WIDTH.portrait;

function yesNo(v: boolean | null): string {
  return v === true ? "ใช่" : v === false ? "ไม่ใช่" : "ไม่ระบุ";
}

function jobsAndIncome(p: Project, ctx: BuildContext, shown: ProjectValues): string {
  const parts: string[] = [];
  const jobs = p.jobs === null ? shown.unreadable(p, "jobs") : null;
  const income = p.income === null ? shown.unreadable(p, "income") : null;
  if (p.jobs) parts.push(`การจ้างงาน ${ctx.fmt.num(p.jobs)} คน`);
  else if (jobs) parts.push(`การจ้างงาน ${jobs}`);
  if (p.income) parts.push(`รายได้เพิ่มขึ้น ${ctx.fmt.baht(p.income)} บาท/ปี`);
  else if (income) parts.push(`รายได้เพิ่มขึ้น ${income}`);
  if (!parts.length && p.noJobsReason) parts.push(`ไม่สร้างงาน/รายได้: ${p.noJobsReason}`);
  return parts.join(" ");
}

/** The last items of a form stay together on one page (a page never holds item 26 alone). */
function keptTogether(blocks: ParaSpec[]): ParaSpec[] {
  return blocks.map((b, i) => ({ ...b, keepLines: true, keepNext: i < blocks.length - 1 }));
}

/** "code text" of the listed items the plan defines; a code the plan lacks stays as it is. */
function named(codes: readonly string[] | null | undefined, texts: Map<string, string>, ctx: BuildContext): string[] {
  return (codes ?? []).map((c) => ctx.fmt.text(texts.has(c) ? `${c} ${texts.get(c)}` : c));
}

export function proposalForm(p: Project, result: CheckResult, ctx: BuildContext, first: boolean, values?: ProjectValues): Block[] {
  const f = ctx.fmt;
  const shown = values ?? projectValues(result, ctx);
  const m = result.model;
  const all = m.projects.rows;
  const linked = (p.linkedCodes ?? []).map((code) => {
    const other = all.find((o) => o.code === code);
    return f.text(other ? `${code} ${other.name ?? ""}` : code);
  });
  const issue = m.issues.rows.find((i) => i.no === p.issueNo);
  const approach = m.approaches.rows.find((a) => a.code === p.approachCode);
  const needs = named(p.needIds, new Map(m.needs.rows.map((n) => [n.id ?? "", n.text ?? ""])), ctx);
  const swot = named(p.swotCodes, new Map(m.swot.rows.map((s) => [s.code ?? "", `${s.type ?? ""} ${s.text ?? ""}`.trim()])), ctx);
  // Item numbers are numbers the document writes: Thai digits under --thai-digits.
  const item = (label: string, value: string) => field(f.text(label), value);
  const list = fieldLines;
  return [
    heading(f.text(`${p.code ?? ""} ${p.name ?? "(ไม่มีชื่อโครงการ)"}`), 1, { pageBreakBefore: !first }),
    item("1. ชื่อโครงการ:", p.name ?? ""),
    item("2. รหัสโครงการ:", f.text(p.code)),
    item("3. ประเภทโครงการ:", p.kind ? `${kindTitle(p.kind)} (${p.budgetSource ?? "ไม่ระบุแหล่งงบประมาณ"})` : ""),
    item("4. ประเด็นยุทธศาสตร์:", f.text(`ที่ ${p.issueNo ?? "-"} ${issue?.name ?? ""}`)),
    item("5. แนวทางการพัฒนา:", f.text(`${p.approachCode ?? "-"} ${approach?.text ?? ""}`)),
    item("6. กลุ่มภารกิจ:", p.missionGroup ?? ""),
    item("7. หลักการและเหตุผล:", p.rationale ?? ""),
    ...list(f.text("8. ปัญหา/ความต้องการที่ตอบสนอง:"), needs),
    ...list(f.text("9. จุดอ่อน/ภัยคุกคามที่แก้ไข:"), swot),
    item("10. วัตถุประสงค์:", p.objectives ?? ""),
    item("11. เป้าหมาย:", p.targets ?? ""),
    item("12. ตัวชี้วัด:", p.indicators ?? ""),
    item("13. กิจกรรมหลัก:", p.activities ?? ""),
    item("14. ระยะเวลาดำเนินการ:", `${shown.period(p)}${p.multiYear ? " (โครงการต่อเนื่องหลายปี)" : ""}`),
    item("15. งบประมาณ:", p.budget === null ? shown.budget(p) : `${f.baht(p.budget)} บาท (${f.bahtWords(p.budget)})`),
    item("16. หน่วยงานรับผิดชอบ:", p.agency ?? ""),
    item("17. สถานที่ดำเนินการ:", p.location ?? ""),
    item("18. ผู้รับประโยชน์:", p.beneficiaries === null ? (shown.unreadable(p, "beneficiaries") ?? "") : `${f.num(p.beneficiaries)} คน`),
    item("19. การสร้างงานและรายได้:", jobsAndIncome(p, ctx, shown)),
    item("20. ผลผลิต:", p.outputs ?? ""),
    item("21. ผลลัพธ์:", p.outcomes ?? ""),
    { ...para(f.text("22. การประเมินตนเองตามหลักปรัชญาของเศรษฐกิจพอเพียง"), { bold: true }), keepNext: true },
    table({
      headers: ["องค์ประกอบ", "สอดคล้อง", "เหตุผล"],
      widths: widths(W, [3, 1.5, 7]),
      align: ["left", "center", "left"],
      rows: SUFFICIENCY_PARTS.map((s) => [s.th, yesNo(p[s.key]), p[s.reasonKey] ?? ""]),
    }),
    { ...para(f.text("23. ความพร้อมของโครงการ"), { bold: true }), keepNext: true },
    table({ headers: ["ด้าน", "ความพร้อม"], widths: widths(W, [4, 7.5]), rows: READINESS_PARTS.map((r) => [r.th, p[r.key] ?? "ไม่ระบุ"]) }),
    ...keptTogether([
      ...list(f.text("24. โครงการที่เชื่อมโยง:"), linked),
      item("25. ผู้เสนอโครงการ:", [p.proposerType, p.proposer].filter(Boolean).join(" ")),
      item("26. ลำดับความสำคัญ:", p.priority === null ? (shown.unreadable(p, "priority") ?? "ไม่ระบุ") : f.num(p.priority)),
      item("27. มติคณะกรรมการ:", p.decision ?? "ยังไม่มีมติ"),
      item("28. แผนงานด้านความมั่นคง:", yesNo(p.securityPlan)),
      item("29. โครงการนำร่องบูรณาการ:", yesNo(p.pilot)),
    ]),
  ];
}

export function buildProposalsDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
  const values = projectValues(result, ctx);
  const v = result.model.info.values;
  const rows = result.model.projects.rows;
  const front = cover({
    letterhead: letterheadFor(ctx, issuerOf(result)),
    title: "แบบเสนอโครงการ",
    lines: [
      placeName(result),
      ctx.fmt.text(`ประจำปีงบประมาณ พ.ศ. ${v.fiscalYear ?? "-"}`),
      ctx.fmt.text(`จำนวน ${ctx.fmt.num(rows.length)} โครงการ`),
    ],
  });
  // The list first, so a reader finds a project's form; each form then starts on its own page.
  const body: Block[] = rows.length
    ? [
        heading("บัญชีโครงการที่เสนอ", 1),
        fittedProjectTable(rows, ctx, W, values),
        ...rows.flatMap((p) => proposalForm(p, result, ctx, false, values)),
      ]
    : [para("ไม่มีโครงการในแบบฟอร์ม")];
  return docSpec(`แบบเสนอโครงการ ${placeName(result)}`, [coverSection(front), section(body)], opts, false, propertiesOf(result));
}
