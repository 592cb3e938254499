/**
 * An ESLint-RuleTester-style harness: a rule runs on miniature workbooks;
 * `valid` cases must draw no error or warning from it, `invalid` cases must
 * draw exactly the listed errors/warnings (message id, sheet, cell).
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  REFERENCE,
  RULES,
  SHEETS,
  TABLE_ROWS,
  infoSheet,
  infoValueCell,
  letterOf,
  parseWorkbook,
  type InfoKey,
  type SheetDef,
  runRules,
  type PlanModel,
  type ReferenceData,
  type Rule,
  type Settings,
  type Severity,
} from "../../../core";
import { runFacts } from "../../../core/rules/facts";
import { ruleContext } from "../../../core/rules/run";
import { fill, type Finding, type Report } from "../../../core/rules/types";
import { workbookGrids, type WorkbookInput } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

export interface Reported extends Report {
  severity: Severity;
  message: string;
  messageEn: string;
}

export interface RunOptions {
  settings?: Partial<Settings>;
  reference?: ReferenceData;
  /** For a summary rule: the findings it sums up (by default, those of every check rule of the catalogue on the model). */
  findings?: readonly Finding[];
}

/** Runs one rule directly (no catch-all), so a throwing rule fails the test; its context is the one runRules gives. */
export function runRule(rule: Rule, model: PlanModel, opts: RunOptions = {}): Reported[] {
  const out: Reported[] = [];
  const reference = opts.reference ?? REFERENCE;
  const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const ctx = ruleContext({ model, settings, reference, facts: runFacts(model, reference, undefined, settings.subPlans) }, (r) => {
    const msg = rule.messages[r.messageId];
    if (!msg) throw new Error(`${rule.id} reported unknown messageId ${r.messageId}`);
    out.push({ ...r, severity: r.severity ?? rule.severity, message: fill(msg.th, r.data), messageEn: fill(msg.en, r.data) });
  });
  if (rule.summary) {
    const findings = opts.findings ?? runRules(model, { settings, rules: RULES.filter((r) => !r.summary) });
    rule.check({ ...ctx, findings });
  } else rule.check(ctx);
  return out;
}

export function modelOf(input: WorkbookInput | PlanModel): PlanModel {
  return "parseIssues" in input ? input : parseWorkbook(workbookGrids(input));
}

/** A1 address of a table cell as test/helpers/grids lays it out (core's layout; row index 0 is the first data row). */
export function at(sheet: string, key: string, index = 0): string {
  const def: SheetDef = SHEETS.find((s) => s.key === sheet)!;
  return `${letterOf(def, key)}${TABLE_ROWS.firstData + index}`;
}

/** A1 address of an info field's value cell (core's layout). */
export function infoAt(key: string): string {
  return infoValueCell(key as InfoKey);
}

export function sheetName(key: string): string {
  return SHEETS.find((s) => s.key === key)!.name;
}

export interface ExpectedError {
  messageId: string;
  sheet: string;
  cell: string;
  severity?: Severity;
  /** Text the Thai message must contain (e.g. the project code). */
  includes?: string;
}

export interface Case {
  name: string;
  input: WorkbookInput | PlanModel | (() => WorkbookInput | PlanModel);
  options?: RunOptions;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
}

const noticed = (r: Reported) => r.severity !== "info";

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const reports = runRule(rule, modelOf(typeof c.input === "function" ? c.input() : c.input), c.options);
        expect(reports.filter(noticed).map((r) => `${r.messageId} ${r.sheet}!${r.cell}: ${r.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const reports = runRule(rule, modelOf(typeof c.input === "function" ? c.input() : c.input), c.options);
        const got = reports
          .filter((r) => noticed(r) || c.errors.some((e) => e.severity === "info"))
          .map((r) => ({ messageId: r.messageId, sheet: r.sheet, cell: r.cell, severity: r.severity }));
        const want = c.errors.map((e) => ({ messageId: e.messageId, sheet: e.sheet, cell: e.cell, severity: e.severity ?? rule.severity }));
        expect(got).toEqual(want);
        for (const r of reports) {
          // Every placeholder is filled, in both languages.
          expect(r.message).not.toMatch(/\{\w+\}/);
          expect(r.messageEn).not.toMatch(/\{\w+\}/);
        }
        c.errors.forEach((e, i) => {
          if (e.includes) expect(reports.filter((r) => noticed(r) || e.severity === "info")[i].message).toContain(e.includes);
        });
      });
    }
  });
}

/** A fresh valid plan with one change: the usual way to build an invalid case. */
export function variant(change: (plan: WorkbookInput) => void): () => WorkbookInput {
  return () => {
    const plan = validPlan();
    change(plan);
    return plan;
  };
}

/** The header cell of a column (row 1 in the test layout). */
export function head(sheet: string, key: string): string {
  return at(sheet, key).replace(/\d+$/, "1");
}

export const SHEET = {
  info: infoSheet.name,
  committee: sheetName("committee"),
  hearings: sheetName("hearings"),
  needs: sheetName("needs"),
  approvals: sheetName("approvals"),
  swot: sheetName("swot"),
  objectives: sheetName("objectives"),
  issues: sheetName("issues"),
  approaches: sheetName("approaches"),
  positioning: sheetName("positioning"),
  projects: sheetName("projects"),
};
