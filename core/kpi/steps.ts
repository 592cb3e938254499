/**
 * Judges one step of a milestone KPI against the workbook: a dated step, a
 * percent step, quarterly meetings, or the assessor's verdict. Every reason
 * names its cell and is written in Thai and English.
 */
import { cellOf, type PlanModel } from "../model";
import type { KpiRecord } from "../schema";
import { fiscalQuarterOf, fiscalYearBounds, formatThaiDate } from "../thai/dates";
import { hasText, kpiMeetings, kpiRows, tablePlace } from "./records";
import type { KpiDefinition, KpiStepDef, PlacedReason, StepResult } from "./types";

const th = (iso: string) => formatThaiDate(iso);
const en = (iso: string) => formatThaiDate(iso, { lang: "en" });

/** Percent cells formatted as a percentage hold fractions (100 % is 1): read 0 < p ≤ 1 as a fraction. */
export function percentValue(p: number | null): number | null {
  if (p === null || !Number.isFinite(p)) return null;
  return p > 0 && p <= 1 ? Math.round(p * 100 * 1e6) / 1e6 : p;
}

function rowReasons(model: PlanModel, step: KpiStepDef, row: KpiRecord): PlacedReason[] {
  const t = model.kpi;
  const at = (key: keyof KpiRecord & string) => ({ sheet: t.sheet, cell: cellOf(t, row, key) });
  const out: PlacedReason[] = [];
  if (step.kind === "verdict") {
    if (row.verdict === null)
      out.push({ kind: "no-verdict", ...at("verdict"), th: "ยังไม่มีผลการประเมินของ สมช./กอ.รมน.", en: "No assessor verdict recorded" });
    else if (row.verdict !== "ผ่าน")
      out.push({
        kind: "verdict-not-passed",
        ...at("verdict"),
        th: `ผลการประเมินคือ "${row.verdict}"`,
        en: `The assessor's verdict is "${row.verdict}"`,
      });
    if (!hasText(row.assessor)) out.push({ kind: "no-assessor", ...at("assessor"), th: "ไม่ได้ระบุผู้ประเมิน", en: "The assessor is not named" });
    if (!row.doneDate)
      out.push({ kind: "no-done-date", ...at("doneDate"), th: "ไม่ได้ระบุวันที่ประเมิน", en: "The date of the verdict is not given" });
    return out;
  }
  if (!row.doneDate) out.push({ kind: "no-done-date", ...at("doneDate"), th: "ยังไม่ได้ระบุวันที่ดำเนินการแล้วเสร็จ", en: "No date done given" });
  else if (step.due && row.doneDate > step.due)
    out.push({
      kind: "late",
      ...at("doneDate"),
      th: `ส่งเมื่อ ${th(row.doneDate)} หลังกำหนด ${th(step.due)}`,
      en: `Done on ${en(row.doneDate)}, after the due date ${en(step.due)}`,
    });
  if (!hasText(row.evidence)) out.push({ kind: "no-evidence", ...at("evidence"), th: "ไม่มีหลักฐาน/เอกสารอ้างอิง", en: "No evidence given" });
  if (step.kind === "percent") {
    const pct = percentValue(row.percent);
    const target = step.targetPercent ?? 100;
    if (pct === null) out.push({ kind: "no-percent", ...at("percent"), th: "ไม่ได้ระบุร้อยละความสำเร็จ", en: "No percent complete given" });
    else if (pct < target)
      out.push({
        kind: "percent-short",
        ...at("percent"),
        th: `ดำเนินการได้ร้อยละ ${pct} ยังไม่ถึงร้อยละ ${target}`,
        en: `${pct} % complete, short of ${target} %`,
      });
  }
  return out;
}

function metNote(model: PlanModel, step: KpiStepDef, row: KpiRecord): PlacedReason {
  const place = { sheet: model.kpi.sheet, cell: cellOf(model.kpi, row, step.kind === "verdict" ? "verdict" : "doneDate") };
  if (step.kind === "verdict")
    return {
      kind: "met",
      ...place,
      th: `ผ่านการประเมินโดย ${row.assessor} เมื่อ ${th(row.doneDate!)}`,
      en: `Passed by ${row.assessor} on ${en(row.doneDate!)}`,
    };
  const due = step.due ? { th: ` (กำหนด ${th(step.due)})`, en: ` (due ${en(step.due)})` } : { th: "", en: "" };
  return { kind: "met", ...place, th: `ดำเนินการแล้วเสร็จ ${th(row.doneDate!)}${due.th}`, en: `Done on ${en(row.doneDate!)}${due.en}` };
}

function flaggedProjectReasons(model: PlanModel): PlacedReason[] {
  const p = model.projects;
  const out: PlacedReason[] = [];
  if (!p.rows.some((r) => r.securityPlan === true))
    out.push({
      kind: "no-security-project",
      ...tablePlace(model, p, "securityPlan"),
      th: "ไม่มีโครงการที่ระบุว่าเป็นแผนงานด้านความมั่นคง",
      en: "No project is flagged as part of the security plan",
    });
  if (!p.rows.some((r) => r.pilot === true))
    out.push({
      kind: "no-pilot-project",
      ...tablePlace(model, p, "pilot"),
      th: "ไม่มีโครงการที่ระบุว่าเป็นโครงการนำร่องบูรณาการ",
      en: "No project is flagged as an integrated pilot project",
    });
  return out;
}

const QUARTER_MONTHS = [
  { th: "ต.ค.–ธ.ค.", en: "Oct–Dec", prevYear: true },
  { th: "ม.ค.–มี.ค.", en: "Jan–Mar", prevYear: false },
  { th: "เม.ย.–มิ.ย.", en: "Apr–Jun", prevYear: false },
  { th: "ก.ค.–ก.ย.", en: "Jul–Sep", prevYear: false },
];

/** Meetings of the KPI dated inside its fiscal year, counted per fiscal quarter. */
export function meetingsPerQuarter(model: PlanModel, def: KpiDefinition): [number, number, number, number] {
  const { start, end } = fiscalYearBounds(def.fiscalYear);
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const m of kpiMeetings(model, def.id)) if (m.date && m.date >= start && m.date <= end) counts[fiscalQuarterOf(m.date) - 1]++;
  return counts;
}

function quarterlyResult(model: PlanModel, def: KpiDefinition, step: KpiStepDef): PlacedReason[] {
  const counts = meetingsPerQuarter(model, def);
  const need = step.perQuarter ?? 1;
  const place = tablePlace(model, model.kpiMeetings, "date");
  const reasons: PlacedReason[] = [];
  counts.forEach((n, i) => {
    if (n >= need) return;
    const q = QUARTER_MONTHS[i];
    const beYear = q.prevYear ? def.fiscalYear - 1 : def.fiscalYear;
    reasons.push({
      kind: "quarter-without-meeting",
      ...place,
      th: `ไตรมาส ${i + 1} (${q.th} ${beYear % 100}) มีการประชุมติดตาม ${n} ครั้ง ต้องมีอย่างน้อย ${need} ครั้ง`,
      en: `Q${i + 1} (${q.en} ${beYear - 543}) has ${n} follow-up meeting${n === 1 ? "" : "s"}; at least ${need} needed`,
    });
  });
  if (!reasons.length)
    reasons.push({
      kind: "met",
      ...place,
      th: `ประชุมติดตามไตรมาส 1–4: ${counts.join(", ")} ครั้ง`,
      en: `Follow-up meetings in Q1–Q4: ${counts.join(", ")}`,
    });
  return reasons;
}

export function judgeStep(model: PlanModel, def: KpiDefinition, step: KpiStepDef): StepResult {
  const base = { code: step.code, level: step.level, kind: step.kind, th: step.th, en: step.en, ...(step.due ? { due: step.due } : {}) };
  if (step.kind === "quarterlyMeetings") {
    const reasons = quarterlyResult(model, def, step);
    return { ...base, met: reasons.every((r) => r.kind === "met"), reasons, sheet: reasons[0].sheet, cell: reasons[0].cell };
  }
  const rows = kpiRows(model, def.id, step.code);
  if (!rows.length) {
    const place = tablePlace(model, model.kpi, "step");
    const reason: PlacedReason = {
      kind: "missing-row",
      ...place,
      th: `ไม่พบแถวของขั้นตอน ${step.code} (ตัวชี้วัด ${def.id}) ในแผ่นงาน ${model.kpi.sheet}`,
      en: `No row for step ${step.code} of KPI ${def.id} on sheet ${model.kpi.sheet}`,
    };
    return { ...base, met: false, reasons: [reason], ...place };
  }
  const extra = step.requiresFlaggedProjects ? flaggedProjectReasons(model) : [];
  // With several rows for one step, the step is met when any row meets it; otherwise the first row explains why not.
  const judged = rows.map((row) => ({ row, reasons: [...rowReasons(model, step, row), ...extra] }));
  const chosen = judged.find((j) => j.reasons.length === 0) ?? judged[0];
  const met = chosen.reasons.length === 0;
  const reasons = met ? [metNote(model, step, chosen.row)] : chosen.reasons;
  return { ...base, met, reasons, sheet: model.kpi.sheet, cell: cellOf(model.kpi, chosen.row, "step") };
}
