/** The terminal report of `phaen diff`: budget cuts first, then projects, totals, the plan and the findings. */
import {
  budgetCuts,
  budgetDifference,
  CHANGE_NAMES,
  PART_NAMES,
  fieldName,
  signedNumber as signed,
  valueText,
  type FieldChange,
  type PlanDiff,
  type ProjectChange,
  type TotalLine,
} from "../../../core/diff";
import { CRITERION_NAMES, CRITERION_ORDER } from "../../../core/criteria";
import type { FindingRef } from "../../../core/diff";
import { CEILING_NAME } from "../../../core/rules/util/budget";
import { formatNumber } from "../../../core/thai";
import { t, type Lang } from "./lang";
import { renderTable } from "./table";

function nameOf(c: ProjectChange): string {
  return c.name ?? "";
}

function fieldLine(lang: Lang, f: FieldChange): string {
  const name = fieldName("project", f.field)[lang];
  const diff = f.field === "budget" ? budgetDifference(lang, f) : "";
  return `${name}: ${valueText(f.field, f.before, lang)} → ${valueText(f.field, f.after, lang)}${diff ? ` ${diff}` : ""}`;
}

function projectLines(lang: Lang, diff: PlanDiff): string[] {
  const out: string[] = [];
  for (const kind of ["removed", "added"] as const) {
    const list = diff.projects.filter((c) => c.change === kind);
    if (!list.length) continue;
    out.push("", `${t(lang, "โครงการที่", "Projects ")}${CHANGE_NAMES[kind][lang]} (${list.length})`);
    for (const c of list) {
      const budget = c.fields.find((f) => f.field === "budget");
      const amount = budget ? (kind === "removed" ? budget.before : budget.after) : null;
      out.push(`  ${c.code ?? "-"} ${nameOf(c)}${typeof amount === "number" ? ` ${formatNumber(amount)} ${t(lang, "บาท", "baht")}` : ""}`);
    }
  }
  const changed = diff.projects.filter((c) => c.change === "changed");
  if (changed.length) out.push("", `${t(lang, "โครงการที่เปลี่ยนแปลง", "Projects changed")} (${changed.length})`);
  for (const c of changed) {
    const by =
      c.matchedBy === "name" ? t(lang, ` (จับคู่ด้วยชื่อ เดิมรหัส ${c.codeBefore ?? "-"})`, ` (matched by name, was ${c.codeBefore ?? "-"})`) : "";
    out.push(`  ${c.code ?? "-"}${by}`);
    for (const f of c.fields) out.push(`    ${fieldLine(lang, f)} [${f.cellOlder ?? "-"} → ${f.cellNewer ?? "-"}]`);
  }
  return out;
}

function totalsTable(lang: Lang, title: string, lines: TotalLine[], blank: string): string[] {
  if (!lines.length) return [];
  const rows = lines.map((l) => [
    l.key || blank,
    formatNumber(l.before.projects),
    formatNumber(l.before.budget),
    formatNumber(l.after.projects),
    formatNumber(l.after.budget),
    signed(l.difference),
  ]);
  const headers = t(
    lang,
    "|โครงการเดิม|งบเดิม (บาท)|โครงการใหม่|งบใหม่ (บาท)|ผลต่าง (บาท)",
    "|Projects before|Budget before|Projects after|Budget after|Difference",
  ).split("|");
  headers[0] = title;
  return ["", renderTable(headers, rows, { alignRight: [1, 2, 3, 4, 5] })];
}

function findingLines(lang: Lang, diff: PlanDiff): string[] {
  const groups = [
    ["fixed", t(lang, "แก้ไขแล้ว", "Fixed")],
    ["new", t(lang, "พบใหม่", "New")],
    ["open", t(lang, "ยังคงอยู่", "Still open")],
  ] as const;
  const rows = CRITERION_ORDER.map((c) => [
    `${c} ${CRITERION_NAMES[c][lang]}`,
    ...groups.map(([k]) => diff.findings[k].filter((f) => f.criterion === c).length),
  ])
    .filter((r) => r.slice(1).some((n) => n !== 0))
    .map((r) => r.map(String));
  const out = ["", t(lang, "ข้อค้นพบตามหลักเกณฑ์", "Findings by criterion")];
  if (!rows.length) return [...out, t(lang, "  ไม่มีข้อค้นพบทั้งสองฉบับ", "  no findings in either version")];
  out.push(renderTable([t(lang, "เกณฑ์", "Criterion"), ...groups.map(([, n]) => n)], rows, { alignRight: [1, 2, 3] }));
  const listed = (label: string, list: FindingRef[]) =>
    list.length ? ["", label, ...list.map((f) => `  ${f.ruleId} ${f.sheet}!${f.cell} ${lang === "en" ? f.messageEn : f.message}`)] : [];
  return [...out, ...listed(groups[0][1], diff.findings.fixed), ...listed(groups[1][1], diff.findings.new)];
}

function planLines(lang: Lang, diff: PlanDiff): string[] {
  if (!diff.plan.length) return ["", t(lang, "แผน: ไม่มีการเปลี่ยนแปลง", "Plan: no changes")];
  const out = ["", t(lang, "การเปลี่ยนแปลงของแผน", "Changes to the plan")];
  for (const c of diff.plan) {
    out.push(`  ${PART_NAMES[c.part][lang]} ${c.key} ${CHANGE_NAMES[c.change][lang]}`);
    for (const f of c.fields)
      out.push(`    ${fieldName(c.part, f.field)[lang]}: ${valueText(f.field, f.before, lang)} → ${valueText(f.field, f.after, lang)}`);
  }
  return out;
}

export function formatDiffReport(lang: Lang, diff: PlanDiff): string {
  const { older, newer } = diff;
  const yr = (y: number | null) => (y === null ? "-" : String(y));
  const out = [
    t(lang, `เปรียบเทียบแผน ${newer.province}`, `Comparison of the plan of ${newer.province}`),
    t(
      lang,
      `ฉบับเดิม: ${older.file} (ปีงบประมาณ ${yr(older.fiscalYear)}, ${older.planStatus ?? "-"})`,
      `Older: ${older.file} (fiscal year ${yr(older.fiscalYear)}, ${older.planStatus ?? "-"})`,
    ),
    t(
      lang,
      `ฉบับใหม่: ${newer.file} (ปีงบประมาณ ${yr(newer.fiscalYear)}, ${newer.planStatus ?? "-"})`,
      `Newer: ${newer.file} (fiscal year ${yr(newer.fiscalYear)}, ${newer.planStatus ?? "-"})`,
    ),
    t(
      lang,
      `โครงการ ${older.projects} → ${newer.projects} งบประมาณรวม ${formatNumber(older.budget)} → ${formatNumber(newer.budget)} บาท (${signed(newer.budget - older.budget)})`,
      `Projects ${older.projects} → ${newer.projects}, total budget ${formatNumber(older.budget)} → ${formatNumber(newer.budget)} baht (${signed(newer.budget - older.budget)})`,
    ),
  ];
  const cuts = budgetCuts(diff);
  if (cuts.length) {
    out.push("", `${t(lang, "งบประมาณที่ถูกปรับลด", "Budget cuts")} (${cuts.length})`);
    for (const { change, field } of cuts) out.push(`  ${change.code ?? "-"} ${nameOf(change)}: ${budgetDifference(lang, field)}`);
  }
  for (const c of diff.totals.ceilings) {
    const limit = (x: typeof c.before) => (x.limit === null ? "-" : `${formatNumber(x.limit)} ${t(lang, "บาท", "baht")}`);
    const side = (x: typeof c.before) => `${t(lang, "ในวงเงิน", "inside")} ${x.inside} ${t(lang, "เกินวงเงิน", "over")} ${x.over}`;
    const limits = c.before.limit === c.after.limit ? limit(c.after) : `${limit(c.before)} → ${limit(c.after)}`;
    out.push(`${CEILING_NAME[c.ceiling][lang]} ${limits}: ${side(c.before)} → ${side(c.after)}`);
  }
  out.push(...projectLines(lang, diff));
  if (!diff.projects.length) out.push("", t(lang, "โครงการ: ไม่มีการเปลี่ยนแปลง", "Projects: no changes"));
  const blank = t(lang, "ไม่ระบุ", "unspecified");
  out.push(...totalsTable(lang, t(lang, "ประเภทโครงการ", "Project kind"), diff.totals.byKind, blank));
  out.push(...totalsTable(lang, t(lang, "แหล่งงบประมาณ", "Budget source"), diff.totals.bySource, blank));
  out.push(...totalsTable(lang, t(lang, "ประเด็นยุทธศาสตร์ที่", "Strategic issue"), diff.totals.byIssue, blank));
  out.push(...planLines(lang, diff), ...findingLines(lang, diff));
  return out.join("\n");
}
