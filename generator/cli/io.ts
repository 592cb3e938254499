/**
 * What a command reads and writes besides its arguments. execute() takes it
 * as a parameter (as ESLint's lib/cli.js does), so tests run the CLI in
 * process with captured output, and only bin/phaen.mjs touches the real
 * process.
 */
import { isAbsolute, join } from "node:path";

/** Where text goes: process.stdout / process.stderr, or a test's buffer. */
export interface TextOutput {
  write(text: string): unknown;
  /** A terminal: the only place a progress bar is drawn. */
  readonly isTTY?: boolean;
}

export interface CliIO {
  stdout: TextOutput;
  stderr: TextOutput;
  /** The folder relative paths in the arguments are taken from. */
  cwd: string;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

/**
 * A path argument, taken from io.cwd. Left as typed when that is the
 * process's own folder, so messages name the file the way the user wrote it.
 */
export function argPath(io: CliIO, path: string): string {
  return isAbsolute(path) || io.cwd === process.cwd() ? path : join(io.cwd, path);
}

/** A terminal to draw a progress bar on, or undefined (a pipe, a file, a test). */
export function terminal(out: TextOutput): NodeJS.WriteStream | undefined {
  // cli-progress wants a stream; only a real terminal (process.stderr on a TTY) is ever handed to it.
  return out.isTTY ? (out as NodeJS.WriteStream) : undefined;
}
