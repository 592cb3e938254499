/**
 * The check report's ceiling section under the 2565 decree's pack: projects inside and over the
 * ceiling in priority order, and agency projects for information (รับทราบ) apart, in all, by kind
 * and by strategic issue (the shape the regional sub-committees report). The split is core's
 * (core/budget/split.ts), the same one the documents print.
 */
import { enumEnglish, formatBaht, formatNumber, type SplitRow, type SplitTotals } from "../../../core";
import type { CheckedFile } from "./outcome";
import { t, type Lang } from "./lang";
import { renderTable } from "./table";

type Ceiling = NonNullable<CheckedFile["ceiling"]>;
const PLACES = ["inside", "over", "information"] as const;

function totalsLine(lang: Lang, c: Ceiling): string {
  const part = (th: string, en: string, x: SplitTotals) =>
    `${t(lang, th, en)} ${formatNumber(x.count)} ${t(lang, "โครงการ", "projects")} ${formatBaht(x.budget)} ${t(lang, "บาท", "baht")}`;
  return [
    part("ภายในกรอบวงเงิน", "inside the ceiling", c.inside),
    part("เกินกรอบวงเงิน", "over the ceiling", c.over),
    part("รับทราบ", "for information", c.information),
  ].join(" · ");
}

function table(lang: Lang, title: string, rows: SplitRow[], label: (key: string) => string): string {
  const sum = (k: (typeof PLACES)[number]) => ({
    count: rows.reduce((a, r) => a + r[k].count, 0),
    budget: rows.reduce((a, r) => a + r[k].budget, 0),
  });
  const cells = (r: Pick<SplitRow, (typeof PLACES)[number]>) => PLACES.flatMap((k) => [formatNumber(r[k].count), formatBaht(r[k].budget)]);
  const total = { inside: sum("inside"), over: sum("over"), information: sum("information") };
  return renderTable(
    [
      title,
      t(lang, "ภายใน (โครงการ)", "Inside (projects)"),
      t(lang, "ภายใน (บาท)", "Inside (baht)"),
      t(lang, "เกิน (โครงการ)", "Over (projects)"),
      t(lang, "เกิน (บาท)", "Over (baht)"),
      t(lang, "รับทราบ (โครงการ)", "For information (projects)"),
      t(lang, "รับทราบ (บาท)", "For information (baht)"),
    ],
    [...rows.map((r) => [label(r.key), ...cells(r)]), [t(lang, "รวม", "Total"), ...cells(total)]],
    { alignRight: [1, 2, 3, 4, 5, 6] },
  );
}

/** The section's lines, indented as the report's; none without a split. */
export function ceilingSection(lang: Lang, c: CheckedFile["ceiling"]): string[] {
  if (!c) return [];
  const unknown = (k: string) => (k === "ไม่ระบุ" ? t(lang, "ไม่ระบุ", "not given") : undefined);
  const limit =
    c.ceilings.province === null
      ? t(lang, "ไม่ได้ระบุวงเงินงบจังหวัด: ทุกโครงการนับเป็นภายในกรอบวงเงิน", "no provincial ceiling given: every project counts as inside")
      : `${t(lang, "วงเงินงบจังหวัด", "provincial ceiling")} ${formatBaht(c.ceilings.province)} ${t(lang, "บาท", "baht")}`;
  const indent = (s: string) => s.replace(/^/gm, "    ");
  return [
    "",
    `  ${t(lang, "กรอบวงเงิน (เรียงตามลำดับความสำคัญ)", "Ceiling (in priority order)")}: ${limit}`,
    `    ${totalsLine(lang, c)}`,
    indent(table(lang, t(lang, "ประเภทโครงการ", "Project kind"), c.byKind, (k) => unknown(k) ?? t(lang, k, enumEnglish("projectKind", k)))),
    indent(
      table(lang, t(lang, "ประเด็นยุทธศาสตร์", "Strategic issue"), c.byIssue, (k) => unknown(k) ?? t(lang, `ประเด็นที่ ${k}`, `Issue ${k}`)),
    ),
  ];
}
