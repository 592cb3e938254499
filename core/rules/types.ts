/**
 * A screening rule: one small module with its id, the DOMAIN.md criterion it
 * implements, severity, Thai and English texts, and a pure check that
 * reports findings at cells (in the manner of an ESLint rule).
 *
 * A rule that visits every project runs over sheets of up to 50,000 rows
 * (npm run bench), once per check, so V8 may not have optimised it yet:
 * loops over rows are indexed (for…of makes an iterator object there),
 * regular expressions are made once at module level (a literal makes a new
 * object each time it is evaluated), and a finding's data is made only when
 * it is reported.
 */
import type { PlanModel } from "../model";
import type { Settings } from "../settings";
import type { ReferenceData } from "../reference";
import type { KpiDefinition } from "../kpi/types";

export type Severity = "error" | "warning" | "info";

/** "1.1" … "4.4", or a rule family for rules outside the numbered criteria. */
export type Criterion =
  | "1.1"
  | "1.2"
  | "2.1"
  | "2.2"
  | "2.3"
  | "3.1"
  | "3.2"
  | "3.3"
  | "3.4"
  | "4.1"
  | "4.2"
  | "4.3"
  | "4.4"
  | "committee"
  | "hearing"
  | "process"
  | "budget"
  | "positioning"
  | "data"
  | "kpi";

export interface Bilingual {
  th: string;
  en: string;
}

export interface RuleMeta {
  id: string;
  criterion: Criterion;
  severity: Severity;
  title: Bilingual;
  /** Messages by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, Bilingual>;
  fix: Bilingual;
}

export interface Finding {
  ruleId: string;
  criterion: Criterion;
  severity: Severity;
  sheet: string;
  /**
   * A1 address or range: the value's own cell; a column's header cell for a
   * finding about the whole column; A1 for a whole sheet; A1 of the info
   * sheet for a missing sheet.
   */
  cell: string;
  /** Thai message (the default language). */
  message: string;
  messageEn: string;
  fix: string;
  fixEn: string;
  /** Project code, when the finding concerns one project. */
  project?: string;
}

export interface Report {
  messageId: string;
  sheet: string;
  cell: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity (e.g. "not ready" is a warning). */
  severity?: Severity;
  project?: string;
}

export interface RuleContext {
  model: PlanModel;
  settings: Settings;
  reference: ReferenceData;
  /** The milestone KPIs the run's pack defines for the workbook's fiscal year; when absent, the bundled packs' (tests build contexts by hand). */
  kpis?: readonly KpiDefinition[];
  report(r: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

const PLACEHOLDER_NAME = /^\w+$/;

/**
 * The template with each `{name}` replaced by data[name] (unknown names are
 * left as written). Pieces are joined by hand: a replace with a callback
 * allocated about 1.5 kB per message, and a check of 50,000 projects fills
 * thousands.
 */
export function fill(template: string, data: Record<string, string | number> = {}): string {
  let out = "";
  let from = 0;
  for (let open = template.indexOf("{"); open >= 0; open = template.indexOf("{", open + 1)) {
    const close = template.indexOf("}", open + 1);
    if (close < 0) break;
    const name = template.slice(open + 1, close);
    if (!PLACEHOLDER_NAME.test(name)) continue;
    out += template.slice(from, open) + (name in data ? String(data[name]) : `{${name}}`);
    from = close + 1;
    open = close;
  }
  return out + template.slice(from);
}
