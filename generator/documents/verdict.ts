/** A recommended result from findings: an error fails, a warning asks for improvement (DOMAIN.md §10). */
import type { Finding } from "../../core";

export const VERDICT = { pass: "ผ่าน", improve: "ควรปรับปรุง", fail: "ไม่ผ่าน" } as const;
export type Verdict = (typeof VERDICT)[keyof typeof VERDICT];

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return VERDICT.fail;
  if (findings.some((f) => f.severity === "warning")) return VERDICT.improve;
  return VERDICT.pass;
}

/** The reasons behind a verdict: the error and warning messages, as a committee reads them (no cell addresses). */
export function reasonsOf(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.severity !== "info").map((f) => f.message);
}
