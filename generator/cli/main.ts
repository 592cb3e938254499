/** The `phaen` process: execute() with the real stdout, stderr and folder. bin/phaen.mjs and the bundle start here. */
import { describeUnexpected, oneLine } from "../../core/errors";
import { execute } from "./execute";
import { processIO } from "./io";

const debug = process.argv.includes("--debug");

/** Whatever escapes execute (a fault in a stream callback): one line, never a stack trace unless --debug. */
function crash(e: unknown): never {
  const err = describeUnexpected(e);
  process.stderr.write(`phaen: ${oneLine(err)}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exit(err.exitCode);
}

process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
// `phaen check … | head` closes the pipe early: stop quietly rather than report a broken pipe.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  crash(e);
});

process.exitCode = await execute(process.argv.slice(2), processIO());
