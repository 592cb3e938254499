import { cellOf, rowRange, type PlanModel, type Table } from "../model";
import type { Pack } from "../packs/schema";
import { BUNDLED_PACKS } from "../packs/bundled";
import { choosePack, kpisFor, packSettings, type PackChoice } from "../packs/derive";
import { referenceForPack } from "../packs/reference";
import { REFERENCE, type ReferenceData } from "../reference";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { runFacts, type RunFacts } from "./facts";
import { RULES } from "./registry";
import { fill, type Finding, type Report, type Rule, type RuleContext } from "./types";

export interface RunOptions {
  /** Overrides of the pack's thresholds. */
  settings?: Partial<Settings>;
  rules?: readonly Rule[];
  /** The run's facts, when the caller has already worked them out for this model (checkModel reuses their KPI results). */
  facts?: RunFacts;
  /** The rule pack to check under; by default the bundled pack whose years cover the workbook's fiscal year. */
  pack?: Pack;
}

/** The pack a run uses: the one given (covering the year or not), else the bundled one chosen by the workbook's year. */
export function packFor(model: PlanModel, opts: Pick<RunOptions, "pack"> = {}): PackChoice | undefined {
  const fy = model.info.values.fiscalYear;
  if (opts.pack)
    return { pack: opts.pack, covers: typeof fy === "number" && opts.pack.fiscalYears.from <= fy && fy <= opts.pack.fiscalYears.to };
  return choosePack(BUNDLED_PACKS, fy);
}

/** The thresholds a run reads: the pack's (or the defaults without one), then the caller's overrides. */
export function runSettings(pack: Pack | undefined, overrides: Partial<Settings> = {}): Settings {
  return { ...(pack ? packSettings(pack) : DEFAULT_SETTINGS), ...overrides };
}

/** The facts of one run, worked out once: the KPI results, the code indexes and the alignment lookup, under the pack and settings. */
export function factsFor(model: PlanModel, pack: Pack | undefined, settings: Settings): RunFacts {
  return runFacts(model, referenceForPack(REFERENCE, pack), kpisFor(pack, model.info.values.fiscalYear), settings.subPlans);
}

/** The catalogue as the pack switches it: rules turned off are left out; a severity set in the pack replaces each finding's own. */
function packRules(rules: readonly Rule[], pack: Pack | undefined): { rule: Rule; severity?: Finding["severity"] }[] {
  if (!pack) return rules.map((rule) => ({ rule }));
  const out: { rule: Rule; severity?: Finding["severity"] }[] = [];
  for (const rule of rules) {
    const set = pack.rules.list[rule.id];
    if (set ? !set.enabled : pack.rules.unlisted === "off") continue;
    out.push({ rule, severity: set?.severity });
  }
  return out;
}

/** The criteria a pack checks (those of the rules it leaves on): the checklist lists these and no others. */
export function criteriaChecked(pack: Pack | undefined, rules: readonly Rule[] = RULES): Finding["criterion"][] {
  return [...new Set(packRules(rules, pack).map((s) => s.rule.criterion))];
}

const FIRST_ROW = /^[A-Z]+(\d+)/;

/**
 * A context for one rule: each report goes to `toFinding`, `reportAt` working out its sheet, cell and project.
 * A report at a project's row that does not name the project (a value the parser could not read, an implausible
 * year) gets the project's code from its row, so every finding about a project names it.
 */
export function ruleContext(
  base: { model: PlanModel; settings: Settings; reference: ReferenceData; facts: RunFacts },
  toFinding: (r: Report) => void,
): RuleContext {
  const projects = base.model.projects as Table<{ $row: number }>;
  const atRow = base.facts.projectCodes.atRow;
  const named = (r: Report): Report => {
    if (r.project || r.sheet !== projects.sheet) return r;
    const row = r.cell.match(FIRST_ROW)?.[1];
    const code = row === undefined ? undefined : atRow.get(Number(row));
    return code ? { ...r, project: code } : r;
  };
  return {
    ...base,
    report: (r) => toFinding(named(r)),
    reportAt(table, rec, key, r) {
      const cell = typeof key === "string" ? cellOf(table, rec, key) : rowRange(table, rec, key);
      const code = (table as Table<{ $row: number }>) === projects ? (rec as { code?: string | null }).code : undefined;
      toFinding({ ...r, sheet: table.sheet, cell, ...(code ? { project: code } : {}) });
    },
  };
}

function findingOf(rule: Rule, r: Report, packSeverity?: Finding["severity"]): Finding {
  const msg = rule.messages[r.messageId] ?? { th: r.messageId, en: r.messageId };
  return {
    ruleId: rule.id,
    criterion: rule.criterion,
    severity: packSeverity ?? r.severity ?? rule.severity,
    sheet: r.sheet,
    cell: r.cell,
    message: fill(msg.th, r.data),
    messageEn: fill(msg.en, r.data),
    fix: r.fix?.th ?? rule.fix.th,
    fixEn: r.fix?.en ?? rule.fix.en,
    ...(r.project ? { project: r.project } : {}),
  };
}

/** A rule that throws on odd data must not take the check down: it becomes one `data` finding naming the rule. */
function failureOf(rule: Rule, model: PlanModel, e: unknown): Finding {
  return {
    ruleId: rule.id,
    criterion: "data",
    severity: "error",
    sheet: model.info.sheet,
    cell: "A1",
    message: `ตรวจเกณฑ์ ${rule.id} ไม่สำเร็จ: ${(e as Error).message}`,
    messageEn: `Rule ${rule.id} could not run: ${(e as Error).message}`,
    fix: "ตรวจสอบข้อมูลในแผ่นงานที่เกี่ยวข้อง",
    fixEn: "Check the data on the sheets this rule reads.",
  };
}

/**
 * Runs the catalogue over a model: the check rules first, then the summary
 * rules (2.3) over their findings. Findings come out in catalogue order,
 * each rule's in the order it reported them.
 */
export function runRules(model: PlanModel, opts: RunOptions = {}): Finding[] {
  const pack = packFor(model, opts)?.pack;
  const switched = packRules(opts.rules ?? RULES, pack);
  const rules = switched.map((s) => s.rule);
  // Cluster membership by year as the pack names its reference sets.
  const reference = referenceForPack(REFERENCE, pack);
  const settings = runSettings(pack, opts.settings);
  const base = { model, settings, reference, facts: opts.facts ?? factsFor(model, pack, settings) };
  const byRule: Finding[][] = rules.map(() => []);
  const contextOf = (k: number) => ruleContext(base, (r) => byRule[k].push(findingOf(rules[k], r, switched[k].severity)));
  const guarded = (k: number, check: () => void) => {
    try {
      check();
    } catch (e) {
      byRule[k].push(failureOf(rules[k], model, e));
    }
  };
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (!rule.summary) guarded(k, () => rule.check(contextOf(k)));
  }
  const checked = byRule.flat();
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (rule.summary) guarded(k, () => rule.check({ ...contextOf(k), findings: checked }));
  }
  return byRule.flat();
}
