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
import type { Criterion } from "../criteria";
import type { PlanModel, Table } from "../model";
import type { Settings } from "../settings";
import type { ReferenceData } from "../reference";
import type { RunFacts } from "./facts";

export type { Criterion } from "../criteria";

export type Severity = "error" | "warning" | "info";

/** A rule's id: its criterion, a slash, its name. The id also names its module: core/rules/<id>.ts. */
export type RuleId = `${Criterion}/${string}`;

export interface Bilingual {
  th: string;
  en: string;
}

export interface RuleMeta {
  id: RuleId;
  criterion: Criterion;
  /** The default severity of its findings (a report may lower it; runRules is where an override would apply). */
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
  /** Overrides the rule's fix where the pack changes what is right (another order of steps). */
  fix?: { th: string; en: string };
}

/** A report about one record of a table: `reportAt` works out its sheet, cell and project. */
export type RowReport = Omit<Report, "sheet" | "cell" | "project">;

export interface RuleContext {
  model: PlanModel;
  settings: Settings;
  reference: ReferenceData;
  /** What several rules derive from the model (KPI results, project codes), computed once per run. */
  facts: RunFacts;
  report(r: Report): void;
  /**
   * Reports at a record's cell in the column `key` (or its span across
   * several columns), on the table's sheet; a record of the projects sheet
   * also names its project by code.
   */
  reportAt<R extends { $row: number }>(table: Table<R>, rec: R, key: (keyof R & string) | (keyof R & string)[], r: RowReport): void;
}

/** A rule that judges the model: it runs before every summary rule. */
export interface CheckRule extends RuleMeta {
  summary?: false;
  check(ctx: RuleContext): void;
}

export interface SummaryContext extends RuleContext {
  /** The findings of every check rule of this run, in catalogue order. */
  findings: readonly Finding[];
}

/** A rule that sums up other rules (2.3): it runs after them and reads their findings. */
export interface SummaryRule extends RuleMeta {
  summary: true;
  check(ctx: SummaryContext): void;
}

export type Rule = CheckRule | SummaryRule;

export function defineRule(rule: CheckRule): CheckRule {
  return rule;
}

export function defineSummaryRule(rule: Omit<SummaryRule, "summary">): SummaryRule {
  return { ...rule, summary: true };
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
