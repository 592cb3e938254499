/** A request the user can fix (a file, an argument): one line, Thai then English. Plain Error stays for programming faults. */
/**
 * The exit-code contract every command follows:
 *   0 the job is done and there is no finding of severity error;
 *   1 the job is done but there are error findings (check, score) or some
 *     inputs were left out (packet);
 *   2 the job could not be done: bad arguments, an input that cannot be read
 *     (for a batch, the highest code of any file), or an output that exists
 *     without --force.
 * Errors are one line, Thai then English, never a stack trace (--debug shows one).
 */
export const EXIT = { ok: 0, findings: 1, failed: 2 } as const;

export class UserError extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
    /** The file the problem is about, named first on the line. */
    readonly file?: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(en);
  }
}

/** "ไฟล์.xlsx: ไม่ใช่ไฟล์ Excel / not an Excel workbook" */
export function oneLine(e: UserError): string {
  const where = e.file ? `${e.file}: ` : "";
  return `${where}${e.th} / ${e.en}`.replace(/\s*\n\s*/g, " ");
}

export function describeUnexpected(e: unknown, file?: string): UserError {
  if (e instanceof UserError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new UserError(`เกิดข้อผิดพลาดที่ไม่คาดคิด (${msg.slice(0, 120)})`, `unexpected error (${msg.slice(0, 120)})`, file);
}
