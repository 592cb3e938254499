/** 3. แบบเสนอโครงการ: one proposal form per project. */
import { READINESS_PARTS, SUFFICIENCY_PARTS, type CheckResult, type Project } from "../../core";
import { cover, field, heading, para, table, widths, type Block } from "./blocks";
import { contextOf, docSpec, letterheadFor, section, type BuildContext, type DocOptions, type DocSpec } from "./document";
import { TEXT_WIDTH } from "./style";
import { kindTitle, issuerOf, placeName } from "./summary";

const W = TEXT_WIDTH.portrait;

function yesNo(v: boolean | null): string {
  return v === true ? "ใช่" : v === false ? "ไม่ใช่" : "ไม่ระบุ";
}

function jobsAndIncome(p: Project, ctx: BuildContext): string {
  const parts: string[] = [];
  if (p.jobs) parts.push(`การจ้างงาน ${ctx.fmt.num(p.jobs)} คน`);
  if (p.income) parts.push(`รายได้เพิ่มขึ้น ${ctx.fmt.baht(p.income)} บาท/ปี`);
  if (!parts.length && p.noJobsReason) parts.push(`ไม่สร้างงาน/รายได้: ${p.noJobsReason}`);
  return parts.join(" ");
}

export function proposalForm(p: Project, all: readonly Project[], ctx: BuildContext, first: boolean): Block[] {
  const f = ctx.fmt;
  const linked = (p.linkedCodes ?? []).map((code) => {
    const other = all.find((o) => o.code === code);
    return f.text(other ? `${code} ${other.name ?? ""}` : code);
  });
  const blocks: Block[] = [
    heading(f.text(`${p.code ?? ""} ${p.name ?? "(ไม่มีชื่อโครงการ)"}`), 1, { pageBreakBefore: !first }),
    field("1. ชื่อโครงการ:", p.name ?? ""),
    field("2. รหัสโครงการ:", f.text(p.code)),
    field("3. ประเภทโครงการ:", p.kind ? `${kindTitle(p.kind)} (${p.budgetSource ?? "ไม่ระบุแหล่งงบประมาณ"})` : ""),
    field(
      "4. ความสอดคล้อง:",
      f.text(
        `ประเด็นยุทธศาสตร์ที่ ${p.issueNo ?? "-"} แนวทางการพัฒนา ${p.approachCode ?? "-"} ${p.missionGroup ? `กลุ่มภารกิจ${p.missionGroup}` : ""}`,
      ),
    ),
    field("5. หลักการและเหตุผล:", p.rationale ?? ""),
    field("6. วัตถุประสงค์:", p.objectives ?? ""),
    field("7. เป้าหมาย:", p.targets ?? ""),
    field("8. ตัวชี้วัด:", p.indicators ?? ""),
    field("9. กิจกรรมหลัก:", p.activities ?? ""),
    field("10. ระยะเวลาดำเนินการ:", `${f.period(p.startDate, p.endDate)}${p.multiYear ? " (โครงการต่อเนื่องหลายปี)" : ""}`),
    field("11. งบประมาณ:", p.budget === null ? "" : `${f.baht(p.budget)} บาท (${f.bahtWords(p.budget)})`),
    field("12. หน่วยงานรับผิดชอบ:", p.agency ?? ""),
    field("13. สถานที่ดำเนินการ:", p.location ?? ""),
    field("14. ผู้รับประโยชน์:", p.beneficiaries === null ? "" : `${f.num(p.beneficiaries)} คน`),
    field("15. การสร้างงานและรายได้:", jobsAndIncome(p, ctx)),
    field("16. ผลผลิต:", p.outputs ?? ""),
    field("17. ผลลัพธ์:", p.outcomes ?? ""),
    para("18. การประเมินตนเองตามหลักปรัชญาของเศรษฐกิจพอเพียง", { bold: true }),
    table({
      headers: ["องค์ประกอบ", "สอดคล้อง", "เหตุผล"],
      widths: widths(W, [3, 1.5, 7]),
      align: ["left", "center", "left"],
      rows: SUFFICIENCY_PARTS.map((s) => [s.th, yesNo(p[s.key]), p[s.reasonKey] ?? ""]),
    }),
    para("19. ความพร้อมของโครงการ", { bold: true }),
    table({ headers: ["ด้าน", "ความพร้อม"], widths: widths(W, [4, 7.5]), rows: READINESS_PARTS.map((r) => [r.th, p[r.key] ?? "ไม่ระบุ"]) }),
    field("20. โครงการที่เชื่อมโยง:", linked.join(", ")),
    field("21. ผู้เสนอโครงการ:", [p.proposerType, p.proposer].filter(Boolean).join(" ")),
  ];
  return blocks;
}

export function buildProposalsDocument(result: CheckResult, opts: DocOptions = {}): DocSpec {
  const ctx = contextOf(opts);
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
  const body: Block[] = rows.length ? rows.flatMap((p, i) => proposalForm(p, rows, ctx, i === 0)) : [para("ไม่มีโครงการในแบบฟอร์ม")];
  return docSpec(`แบบเสนอโครงการ ${placeName(result)}`, [section(front), section(body)], opts);
}
