/**
 * What the add-in writes into its own sheets (ผลการตรวจ, คะแนน), and how the
 * computed KPI compares with the template's formula cells. Pure functions of
 * the check result, so the sheets are the same for the same workbook.
 */
import { NAMED_CELLS, type Bilingual, type CellValue, type CheckResult, type Finding, type KpiResult } from "../../core";
import { FINDINGS_SHEET, SCORE_SHEET, type FormulaKpi, type OwnedSheetContent } from "./port";
import { criterionLabel, SEVERITY_LABELS } from "./labels";
import type { PaneResult } from "./paneResult";

const FINDING_COLUMNS: [string, string][] = [
  ["ลำดับ", "no"],
  ["ความรุนแรง", "severity"],
  ["เกณฑ์", "criterion"],
  ["แผ่นงาน", "sheet"],
  ["เซลล์", "cell"],
  ["ปัญหาที่พบ", "message"],
  ["วิธีแก้ไข", "fix"],
  ["โครงการ", "project"],
  ["รหัสเกณฑ์", "ruleId"],
];

export function findingsSheet(findings: Finding[]): OwnedSheetContent {
  const rows: CellValue[][] = [FINDING_COLUMNS.map((c) => c[0]), FINDING_COLUMNS.map((c) => c[1])];
  findings.forEach((f, i) =>
    rows.push([
      i + 1,
      SEVERITY_LABELS[f.severity].th,
      criterionLabel(f.criterion).th,
      f.sheet,
      f.cell,
      f.message,
      f.fix,
      f.project ?? "",
      f.ruleId,
    ]),
  );
  if (!findings.length) rows.push(["", "", "", "", "", "ไม่พบข้อบกพร่องตามเกณฑ์ที่ตรวจ", "", "", ""]);
  return { name: FINDINGS_SHEET, rows, boldRows: [0] };
}

export interface FormulaDifference {
  field: "level" | "weighted";
  formula: CellValue;
  computed: number | null;
  why: Bilingual;
}

function firstUnmetReasons(kpi: KpiResult, aboveLevel: number): Bilingual[] {
  const level = kpi.levels.find((l) => l.level > aboveLevel && !l.met);
  return level?.steps.filter((s) => !s.met).flatMap((s) => s.reasons) ?? [];
}

const FIELD_CELL = { level: NAMED_CELLS.kpiLevel, weighted: NAMED_CELLS.kpiWeighted } as const;

/** The first few cells of findings, "ตัวชี้วัด 3.6!E5, E7" style. */
function cellsOf(findings: readonly Finding[]): string {
  const shown = findings.slice(0, 3).map((f) => `${f.sheet}!${f.cell}`);
  return findings.length > 3 ? `${shown.join(", ")} …` : shown.join(", ");
}

/**
 * Why a formula cell shows what it shows, the real cause first: the formula typed over, the
 * "assessed" flag changed against the KPI's list (kpi/assessed-flag), a date or number typed as
 * text that the formula cannot read but core can (kpi/formula-readable); else what the values say.
 */
function reasonFor(
  field: "level" | "weighted",
  value: CellValue,
  computed: number | null,
  kpi: KpiResult,
  formula: FormulaKpi,
  findings: readonly Finding[],
): Bilingual {
  const at = `${FIELD_CELL[field].sheet}!${FIELD_CELL[field].cell}`;
  if (formula.typedOver?.includes(field))
    return {
      th: `เซลล์ ${at} ถูกพิมพ์ทับสูตรของแม่แบบด้วยค่า "${value}" จึงไม่คำนวณตามข้อมูลอีกต่อไป: ลบค่าที่พิมพ์แล้วคัดลอกสูตรจากแม่แบบกลับมา`,
      en: `${at} had the template's formula typed over with "${value}", so it no longer follows the data: copy the formula back from the template.`,
    };
  if (typeof value !== "number")
    return {
      th: `เซลล์สูตรในแม่แบบแสดง "${value}" ไม่ใช่ตัวเลข: สูตรอาจเสียหรือถูกพิมพ์ทับ`,
      en: `The template's formula cell shows "${value}", not a number: the formula may be broken or typed over.`,
    };
  const flag = findings.filter((f) => f.ruleId === "kpi/assessed-flag");
  if (flag.length)
    return {
      th: `ช่องต้องประเมินตัวชี้วัดที่ ${cellsOf(flag)} ถูกเปลี่ยนให้ไม่ตรงกับรายชื่อจังหวัดของตัวชี้วัด สูตรในแม่แบบอ่านช่องนี้ แต่โปรแกรมอ่านรายชื่อ: ${flag[0].message}`,
      en: `The 'assessed' answer at ${cellsOf(flag)} was changed against the KPI's list of provinces; the template's formula reads the answer, Phaen the list: ${flag[0].messageEn}`,
    };
  const typedAsText = findings.filter((f) => f.ruleId === "kpi/formula-readable");
  if (typedAsText.length && (computed === null || value < computed))
    return {
      th: `สูตรในแม่แบบอ่านค่าที่พิมพ์เป็นข้อความไม่ได้ (${typedAsText.length} เซลล์: ${cellsOf(typedAsText)}) แต่โปรแกรมอ่านได้ จึงให้ค่าต่ำกว่า: พิมพ์ให้เป็นวันที่หรือตัวเลข`,
      en: `The template's formula cannot read values typed as text (${typedAsText.length} cells: ${cellsOf(typedAsText)}), which Phaen reads, so it gives less: type them as dates or numbers.`,
    };
  if (computed === null)
    return {
      th: "จังหวัดนี้ไม่ต้องประเมินตัวชี้วัดนี้ แต่สูตรในแม่แบบยังคำนวณคะแนน",
      en: "This province is not assessed for this KPI, yet the template's formula computes a score.",
    };
  if (field === "level" && value > computed) {
    const reasons = firstUnmetReasons(kpi, computed);
    return {
      th: `สูตรในแม่แบบนับเพียงการกรอกวันที่ แต่ระดับ ${computed + 1} ยังไม่ครบ: ${reasons.map((r) => r.th).join("; ") || "ขั้นตอนยังไม่ผ่านเงื่อนไข"}`,
      en: `The template's formula counts dates entered, but level ${computed + 1} is not complete: ${reasons.map((r) => r.en).join("; ") || "a step does not meet its condition"}`,
    };
  }
  if (field === "level")
    return {
      th: "สูตรในแม่แบบให้ระดับต่ำกว่าที่คำนวณได้: ตรวจว่าสูตรอ่านครบทุกแถวของแผ่นงานตัวชี้วัด",
      en: "The template's formula gives a lower level: check that it reads every row of the KPI sheet.",
    };
  return {
    th: `คะแนนถ่วงน้ำหนักต้องเท่ากับ คะแนน × ร้อยละ ${kpi.weight} = ${computed}`,
    en: `The weighted score must be score × ${kpi.weight} % = ${computed}.`,
  };
}

/** Where the template's formula cells disagree with the computed KPI 3.6 result, and why (the check's findings name the cause). */
export function compareWithFormula(
  kpi: KpiResult | undefined,
  formula: FormulaKpi,
  findings: readonly Finding[] = [],
): FormulaDifference[] {
  if (!kpi) return [];
  const out: FormulaDifference[] = [];
  const check = (field: "level" | "weighted", value: CellValue | undefined, computed: number | null) => {
    if (value === undefined || value === null || value === "") return;
    if (typeof value === "number" && computed !== null && Math.abs(value - computed) < 1e-9) return;
    out.push({ field, formula: value, computed, why: reasonFor(field, value, computed, kpi, formula, findings) });
  };
  check("level", formula.level, kpi.level);
  check("weighted", formula.weighted, kpi.weighted);
  return out;
}

/** What the คะแนน sheet says when there is no KPI: the pack and year when known. */
export function noKpiLine(of?: Pick<PaneResult, "pack" | "fiscalYear">): string {
  return of?.pack && of.fiscalYear
    ? `ชุดกติกา ${of.pack.id} ไม่ได้กำหนดตัวชี้วัดสำหรับปีงบประมาณ ${of.fiscalYear}`
    : "ยังไม่มีตัวชี้วัดที่ต้องคำนวณสำหรับปีงบประมาณของแผนนี้";
}

export function scoreSheet(
  kpis: KpiResult[],
  differences: FormulaDifference[],
  of?: Pick<PaneResult, "pack" | "fiscalYear">,
): OwnedSheetContent {
  const rows: CellValue[][] = [["ผลการคำนวณคะแนนตัวชี้วัด", ""]];
  const bold = [0];
  if (!kpis.length) rows.push([noKpiLine(of), ""]);
  for (const k of kpis) {
    rows.push(
      ["ตัวชี้วัด", k.title.th],
      ["ปีงบประมาณ", k.fiscalYear],
      ["ต้องประเมิน", k.assessed ? "ใช่" : "ไม่ต้องประเมิน"],
      ["ระดับที่ผ่าน", k.level ?? "-"],
      ["คะแนน", k.score ?? "-"],
      ["ค่าน้ำหนัก (ร้อยละ)", k.weight],
      ["คะแนนถ่วงน้ำหนัก", k.weighted ?? "-"],
      ["สรุป", k.summary.th],
    );
    if (k.working) rows.push(["วิธีคิดคะแนนบางส่วน", k.working.th]);
    bold.push(rows.length);
    rows.push(["ระดับ", "ผล", "เหตุผล"]);
    for (const l of k.levels) {
      const reasons = l.steps.flatMap((s) => s.reasons.map((r) => `${s.code}: ${r.th}`));
      rows.push([l.level, l.met ? "ผ่าน" : "ไม่ผ่าน", reasons.join("\n")]);
    }
  }
  if (differences.length) {
    bold.push(rows.length);
    rows.push(["ค่าที่ต่างจากสูตรในแม่แบบ", "ค่าในสูตร", "ค่าที่คำนวณ", "เหตุผล"]);
    for (const d of differences) rows.push([d.field === "level" ? "ระดับ" : "คะแนนถ่วงน้ำหนัก", d.formula, d.computed ?? "-", d.why.th]);
  }
  return { name: SCORE_SHEET, rows, boldRows: bold };
}

/** The KPI 3.6 result among a check's KPI results. */
export function kpi36(result: Pick<CheckResult, "kpi">): KpiResult | undefined {
  return result.kpi.find((k) => k.kpiId.includes("3.6")) ?? result.kpi[0];
}
