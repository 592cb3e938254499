import type { PlanModel } from "../model";
import { REFERENCE } from "../reference";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { RULES } from "./registry";
import { fill, type Finding, type Rule } from "./types";

export interface RunOptions {
  settings?: Partial<Settings>;
  rules?: readonly Rule[];
}

/**
 * Runs the catalogue over a model. A rule that throws on odd data must not
 * take the check down: it becomes one `data` finding naming the rule.
 */
export function runRules(model: PlanModel, opts: RunOptions = {}): Finding[] {
  const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const findings: Finding[] = [];
  for (const rule of opts.rules ?? RULES) {
    const ctx = {
      model,
      settings,
      reference: REFERENCE,
      report(r: Parameters<import("./types").RuleContext["report"]>[0]) {
        const msg = rule.messages[r.messageId] ?? { th: r.messageId, en: r.messageId };
        findings.push({
          ruleId: rule.id,
          criterion: rule.criterion,
          severity: r.severity ?? rule.severity,
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
