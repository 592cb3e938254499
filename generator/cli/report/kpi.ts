/** The milestone KPI table: level by level, each step met or not with its reasons, then level, score and weighted score. */
import { formatNumber, type KpiResult } from "../../../core";
import { t, type Lang } from "./lang";
import { renderTable } from "./table";

export function kpiTitle(lang: Lang, k: KpiResult): string {
  return `${t(lang, "ตัวชี้วัดที่", "KPI")} ${k.kpiId} ${t(lang, k.title.th, k.title.en)}`;
}

export function kpiSummaryLine(lang: Lang, k: KpiResult): string {
  const title = kpiTitle(lang, k);
  if (!k.assessed) return `${title}: ${t(lang, "ไม่ต้องประเมิน", "not assessed")}`;
  // The summary already says the level ("ผ่านระดับ 3"): the line goes on with the score.
  return `${title}: ${t(lang, k.summary.th, k.summary.en)} · ${t(lang, "คะแนน", "score")} ${formatNumber(k.score ?? 0)} · ${t(lang, "น้ำหนัก", "weight")} ${formatNumber(k.weight)}% · ${t(lang, "คะแนนถ่วงน้ำหนัก", "weighted score")} ${formatNumber(k.weighted ?? 0, { decimals: 4 })}`;
}

/** Short form for the batch summary table. */
export function kpiLevelCell(lang: Lang, kpi: KpiResult[]): string {
  if (!kpi.length) return "-";
  return kpi.map((k) => (k.assessed ? `${k.kpiId}: ${k.level ?? 0}` : `${k.kpiId}: ${t(lang, "ไม่ต้องประเมิน", "not assessed")}`)).join(", ");
}

export function kpiWeightedCell(kpi: KpiResult[]): string {
  const scored = kpi.filter((k) => k.assessed && k.weighted !== null);
  if (!scored.length) return "-";
  return scored.map((k) => formatNumber(k.weighted ?? 0, { decimals: 4 })).join(", ");
}

export function formatKpiDetail(lang: Lang, k: KpiResult): string {
  const out = [kpiSummaryLine(lang, k)];
  if (!k.assessed) {
    if (k.notAssessedReason) out.push(t(lang, k.notAssessedReason.th, k.notAssessedReason.en));
    return out.join("\n");
  }
  const rows: string[][] = [];
  for (const level of k.levels) {
    for (const s of level.steps) {
      const reasons = s.reasons.map((r) => t(lang, r.th, r.en)).join("; ");
      // A step not met points at every cell that stops it (the late date, the missing assessor and verdict date), as its findings do.
      const stops = s.met ? [] : s.reasons.filter((r) => r.kind !== "met" && r.sheet && r.cell).map((r) => `${r.sheet}!${r.cell}`);
      const where = stops.length ? [...new Set(stops)].join(", ") : s.sheet && s.cell ? `${s.sheet}!${s.cell}` : "";
      rows.push([String(level.level), s.code, s.met ? "✓" : "✗", level.met ? "✓" : "✗", reasons, where]);
    }
  }
  out.push(
    renderTable(
      [
        t(lang, "ระดับ", "Level"),
        t(lang, "ขั้นตอน", "Step"),
        t(lang, "ผ่าน", "Met"),
        t(lang, "ระดับผ่าน", "Level met"),
        t(lang, "เหตุผล", "Reasons"),
        t(lang, "เซลล์", "Cell"),
      ],
      rows,
    ),
  );
  if (k.working) out.push(`${t(lang, "วิธีคำนวณ", "Working")}: ${t(lang, k.working.th, k.working.en)}`);
  return out.join("\n");
}
