/**
 * The `phaen` command line as a function: arguments and an io in, the exit
 * code out (core/errors.ts EXIT). Nothing here touches the real process, so
 * tests call it in process; bin/phaen.mjs (through main.ts) is the only
 * caller that does.
 */
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { describeUnexpected, EXIT, oneLine } from "../../core/errors";
import { COMMANDS } from "./commands";
import type { CliIO } from "./io";
import { usageErrorLine } from "./usage-errors";

function program(io: CliIO, ran: (code: number) => void): Command {
  const root = new Command("phaen")
    .description(
      "แผน (Phaen): ตรวจแผนและโครงการพัฒนาจังหวัด คำนวณคะแนนตัวชี้วัด และจัดทำเอกสาร Word / checks provincial plan workbooks, scores milestone KPIs and writes committee documents",
    )
    .version(pkg.version, "-V, --version", "แสดงรุ่นของโปรแกรม / show the version")
    // Set before the commands are added, so each command's own help says the same.
    .helpOption("-h, --help", "แสดงวิธีใช้ / show help")
    .helpCommand("help [command]", "แสดงวิธีใช้ของคำสั่ง / show help for a command")
    .option("--debug", "แสดงรายละเอียดข้อผิดพลาด / show stack traces")
    .exitOverride()
    // Help and --version go to stdout. Usage errors are printed by execute, in Thai and English, as one
    // line; commander's own stderr output (the whole usage text when no command is given) is left out.
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: () => undefined, outputError: () => undefined });
  for (const spec of COMMANDS) {
    // Subcommands copy the root's settings (exitOverride, output) when created with .command().
    const cmd = spec.declare(root.command(spec.name));
    cmd.action(async (...args: unknown[]) => {
      const { run } = await spec.load();
      ran(await run(args[args.length - 1] as Command, io));
    });
  }
  return root;
}

/** Runs `phaen <argv…>` (argv without node and the script). Never throws: every failure is a line on io.stderr and an exit code. */
export async function execute(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
      // No command given: commander would show the usage on stderr; that is a bad invocation.
      io.stderr.write(`phaen: ${usageErrorLine(e)}\n`);
      return EXIT.failed;
    }
    const err = describeUnexpected(e);
    io.stderr.write(`phaen: ${oneLine(err)}\n`);
    if (argv.includes("--debug") && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return err.exitCode;
  }
}
