/** What checking one file produced: a result, or the reason it could not be read. */
import type { CheckResult, Finding, KpiResult, Severity } from "../../../core";
import type { UserError } from "../../../core/errors";

export interface CheckedFile {
  file: string;
  /** Thai name of the province (or cluster). */
  province: string;
  counts: Record<Severity, number>;
  findings: Finding[];
  kpi: KpiResult[];
  /** The rule pack the file was checked under. */
  pack?: CheckResult["pack"];
  fiscalYear?: number | null;
  /** The ceiling split's totals, under a pack that splits the ceiling. */
  ceiling?: CheckResult["ceiling"];
}

export interface UnreadableFile {
  file: string;
  error: UserError;
}

export type FileOutcome = CheckedFile | UnreadableFile;

export function isUnreadable(o: FileOutcome): o is UnreadableFile {
  return "error" in o;
}

/** The exit code of one file under the contract: 2 unreadable, 1 error findings, 0 otherwise. */
export function exitCodeOf(o: FileOutcome): number {
  if (isUnreadable(o)) return o.error.exitCode;
  return o.counts.error > 0 ? 1 : 0;
}

/** A batch exits with the highest code of any file. */
export function batchExitCode(outcomes: FileOutcome[]): number {
  return outcomes.reduce((code, o) => Math.max(code, exitCodeOf(o)), 0);
}
