import type { PlanModel } from "../model";
import type { Pack } from "../packs/schema";
import { BUNDLED_PACKS } from "../packs/bundled";
import { choosePack, kpisFor, packSettings, type PackChoice } from "../packs/derive";
import { REFERENCE } from "../reference";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { RULES } from "./registry";
import { fill, type Finding, type Rule } from "./types";

export interface RunOptions {
  /** Overrides of the pack's thresholds. */
  settings?: Partial<Settings>;
  rules?: readonly Rule[];
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

/**
 * Runs the catalogue over a model. A rule that throws on odd data must not
 * take the check down: it becomes one `data` finding naming the rule.
 */
export function runRules(model: PlanModel, opts: RunOptions = {}): Finding[] {
  const pack = packFor(model, opts)?.pack;
  const settings = { ...(pack ? packSettings(pack) : DEFAULT_SETTINGS), ...opts.settings };
  const kpis = kpisFor(pack, model.info.values.fiscalYear);
  const findings: Finding[] = [];
  for (const { rule, severity } of packRules(opts.rules ?? RULES, pack)) {
    const ctx = {
      model,
      settings,
      reference: REFERENCE,
      kpis,
      report(r: Parameters<import("./types").RuleContext["report"]>[0]) {
        const msg = rule.messages[r.messageId] ?? { th: r.messageId, en: r.messageId };
        findings.push({
          ruleId: rule.id,
          criterion: rule.criterion,
          severity: severity ?? r.severity ?? rule.severity,
          sheet: r.sheet,
          cell: r.cell,
          message: fill(msg.th, r.data),
          messageEn: fill(msg.en, r.data),
          fix: rule.fix.th,
          fixEn: rule.fix.en,
          ...(r.project ? { project: r.project } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        criterion: "data",
        severity: "error",
        sheet: model.info.sheet,
        cell: "A1",
        message: `ตรวจเกณฑ์ ${rule.id} ไม่สำเร็จ: ${(e as Error).message}`,
        messageEn: `Rule ${rule.id} could not run: ${(e as Error).message}`,
        fix: "ตรวจสอบข้อมูลในแผ่นงานที่เกี่ยวข้อง",
        fixEn: "Check the data on the sheets this rule reads.",
      });
    }
  }
  return findings;
}
