/** The Thai (or English) check report of one file: findings grouped by sheet and criterion, then the KPI scores. */
import { RULES, SEVERITY_ORDER, SHEETS, parseAddress, type Finding } from "../../../core";
import { ceilingSection } from "./ceiling";
import { criterionHeading } from "./criteria";
import { kpiSummaryLine } from "./kpi";
import { severityName, t, type Lang } from "./lang";
import type { CheckedFile } from "./outcome";

const MARK = { error: "✗", warning: "!", info: "i" } as const;

function sheetOrder(sheet: string): number {
  const i = SHEETS.findIndex((s) => s.name === sheet || s.nameEn === sheet);
  return i < 0 ? SHEETS.length : i;
}

const criterionOrder = new Map<string, number>();
for (const r of RULES) if (!criterionOrder.has(r.criterion)) criterionOrder.set(r.criterion, criterionOrder.size);

function cellOrder(cell: string): [number, number] {
  const { col, row } = parseAddress(cell.split(":")[0]);
  return [row, col];
}

export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => {
    const [row, col] = cellOrder(f.cell);
    return { f, sheet: sheetOrder(f.sheet), criterion: criterionOrder.get(f.criterion) ?? 99, row, col };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      a.f.sheet.localeCompare(b.f.sheet) ||
      a.criterion - b.criterion ||
      a.f.criterion.localeCompare(b.f.criterion) ||
      a.row - b.row ||
      a.col - b.col ||
      a.f.ruleId.localeCompare(b.f.ruleId),
  );
  return keyed.map((k) => k.f);
}

export function countsLine(lang: Lang, counts: CheckedFile["counts"]): string {
  return SEVERITY_ORDER.map((s) => `${severityName(lang, s)} ${counts[s]}`).join(" · ");
}

export function formatFileReport(lang: Lang, r: CheckedFile): string {
  const out: string[] = [];
  const who = r.province || t(lang, "(ไม่ระบุจังหวัด)", "(province not given)");
  out.push(`${r.file}: ${who}`);
  out.push(`  ${countsLine(lang, r.counts)}`);
  let sheet: string | undefined;
  let criterion: string | undefined;
  for (const f of sortFindings(r.findings)) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      criterion = undefined;
      out.push("", `  ${t(lang, "แผ่นงาน", "Sheet")} ${f.sheet}`);
    }
    if (f.criterion !== criterion) {
      criterion = f.criterion;
      out.push(`    ${criterionHeading(lang, f.criterion)}`);
    }
    const message = t(lang, f.message, f.messageEn);
    const fix = t(lang, f.fix, f.fixEn);
    out.push(`      ${MARK[f.severity]} ${f.sheet}!${f.cell}  ${message} [${f.ruleId}]`);
    if (fix) out.push(`        ${t(lang, "วิธีแก้", "Fix")}: ${fix}`);
  }
  if (!r.findings.length) out.push(`  ${t(lang, "ไม่พบข้อบกพร่อง", "no findings")}`);
  out.push(...ceilingSection(lang, r.ceiling));
  out.push("", `  ${t(lang, "ตัวชี้วัด", "KPIs")}`);
  if (!r.kpi.length) out.push(`    ${t(lang, "ไม่มีตัวชี้วัดสำหรับปีงบประมาณนี้", "no KPI defined for this fiscal year")}`);
  for (const k of r.kpi) out.push(`    ${kpiSummaryLine(lang, k)}`);
  return out.join("\n");
}
