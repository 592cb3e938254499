/** Runs the CLI in process through execute(), with stdout and stderr captured: what a terminal would show, and the exit code. */
import { execute } from "../../generator/cli/execute";

export interface PhaenRun {
  code: number;
  out: string;
  err: string;
}

/** `tty`: stderr claims to be a terminal, so progress bars are drawn into it. */
export async function phaen(args: string[], opts: { tty?: boolean; cwd?: string } = {}): Promise<PhaenRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await execute(args, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s), isTTY: opts.tty ?? false },
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, out: out.join(""), err: err.join("") };
}
