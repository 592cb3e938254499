/**
 * data: one rule per kind of thing the parser could not read. The parser
 * records each with its cell and severity; these rules turn them into
 * findings (one small rule per kind, core/rules/data/<kind>.ts, built by this factory).
 */
import type { ParseIssue } from "../../model";
import { defineRule, type Bilingual, type CheckRule, type RuleId } from "../types";

export interface ParseIssueRuleSpec {
  id: RuleId;
  kind: ParseIssue["kind"];
  title: Bilingual;
  message: Bilingual;
  fix: Bilingual;
}

export function parseIssueRule({ id, kind, title, message, fix }: ParseIssueRuleSpec): CheckRule {
  return defineRule({
    id,
    criterion: "data",
    severity: "error",
    title,
    messages: { [kind]: message },
    fix,
    check(ctx) {
      for (const issue of ctx.model.parseIssues) {
        if (issue.kind !== kind) continue;
        ctx.report({
          messageId: kind,
          sheet: issue.sheet,
          cell: issue.cell,
          severity: issue.severity,
          data: { detail: issue.detail.th, detailEn: issue.detail.en, raw: issue.raw ?? "" },
        });
      }
    },
  });
}
