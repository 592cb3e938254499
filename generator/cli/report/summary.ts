/** The batch summary: one row per file (province, errors, warnings, KPI level, weighted score), and JSON. */
import type { Finding } from "../../../core";
import { kpiLevelCell, kpiWeightedCell } from "./kpi";
import { t, type Lang } from "./lang";
import { isUnreadable, type FileOutcome } from "./outcome";
import { renderTable } from "./table";

export function formatSummary(lang: Lang, outcomes: FileOutcome[]): string {
  const rows = outcomes.map((o) =>
    isUnreadable(o)
      ? [o.file, t(lang, "อ่านไม่ได้", "unreadable"), "-", "-", "-", "-"]
      : [o.file, o.province || "-", String(o.counts.error), String(o.counts.warning), kpiLevelCell(lang, o.kpi), kpiWeightedCell(o.kpi)],
  );
  return renderTable(
    [
      t(lang, "ไฟล์", "File"),
      t(lang, "จังหวัด", "Province"),
      t(lang, "ข้อผิดพลาด", "Errors"),
      t(lang, "คำเตือน", "Warnings"),
      t(lang, "ระดับ KPI", "KPI level"),
      t(lang, "คะแนนถ่วงน้ำหนัก", "Weighted score"),
    ],
    rows,
    { alignRight: [2, 3, 5] },
  );
}

function findingJson(lang: Lang, f: Finding) {
  return {
    ruleId: f.ruleId,
    criterion: f.criterion,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: t(lang, f.message, f.messageEn),
    fix: t(lang, f.fix, f.fixEn),
    messageTh: f.message,
    messageEn: f.messageEn,
    fixTh: f.fix,
    fixEn: f.fixEn,
    ...(f.project ? { project: f.project } : {}),
  };
}

export function outcomeJson(lang: Lang, o: FileOutcome) {
  if (isUnreadable(o)) return { file: o.file, error: { th: o.error.th, en: o.error.en } };
  return {
    file: o.file,
    province: o.province,
    ...(o.pack ? { pack: o.pack } : {}),
    counts: o.counts,
    findings: o.findings.map((f) => findingJson(lang, f)),
    kpi: o.kpi,
    ...(o.ceiling ? { ceiling: o.ceiling } : {}),
  };
}

export function checkJson(lang: Lang, outcomes: FileOutcome[]): string {
  return JSON.stringify({ files: outcomes.map((o) => outcomeJson(lang, o)) }, null, 2);
}
