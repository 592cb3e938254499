/** The rule catalogue as a table or as JSON. */
import type { Rule } from "../../../core";
import { severityName, t, type Lang } from "./lang";
import { renderTable } from "./table";

export function rulesTable(lang: Lang, rules: readonly Rule[]): string {
  return renderTable(
    [t(lang, "รหัสเกณฑ์", "Rule"), t(lang, "หลักเกณฑ์", "Criterion"), t(lang, "ระดับ", "Severity"), t(lang, "ชื่อ", "Title")],
    rules.map((r) => [r.id, r.criterion, severityName(lang, r.severity), t(lang, r.title.th, r.title.en)]),
  );
}

export function rulesJson(rules: readonly Rule[]): string {
  return JSON.stringify(
    rules.map((r) => ({
      id: r.id,
      criterion: r.criterion,
      severity: r.severity,
      titleTh: r.title.th,
      titleEn: r.title.en,
      fixTh: r.fix.th,
      fixEn: r.fix.en,
    })),
    null,
    2,
  );
}
