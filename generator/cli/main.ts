/** The `phaen` command line. */
import { Command, CommanderError } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { COMMANDS } from "./commands";
import { describeUnexpected, EXIT, oneLine } from "../../core/errors";
import { usageErrorLine } from "./usage-errors";

const debug = process.argv.includes("--debug");

function fail(e: unknown): never {
  const err = describeUnexpected(e);
  process.stderr.write(`phaen: ${oneLine(err)}\n`);
  if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exit(err.exitCode);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const program = new Command("phaen")
  .description(
    "แผน (Phaen): ตรวจแผนและโครงการพัฒนาจังหวัด คำนวณคะแนนตัวชี้วัด และจัดทำเอกสาร Word / checks provincial plan workbooks, scores milestone KPIs and writes committee documents",
  )
  .version(pkg.version, "-V, --version", "แสดงรุ่นของโปรแกรม / show the version")
  // Set before the commands are added, so each command's own help says the same.
  .helpOption("-h, --help", "แสดงวิธีใช้ / show help")
  .helpCommand("help [command]", "แสดงวิธีใช้ของคำสั่ง / show help for a command")
  .option("--debug", "แสดงรายละเอียดข้อผิดพลาด / show stack traces")
  .exitOverride()
  // Usage errors are printed below, in Thai and English, as one line; commander's own stderr output (the
  // whole usage text when no command is given) is left out for that line.
  .configureOutput({ writeErr: () => undefined, outputError: () => undefined });

for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") process.exit(EXIT.ok);
    // No command given: commander has shown the usage on stderr; that is a bad invocation.
    process.stderr.write(`phaen: ${usageErrorLine(e)}\n`);
    process.exit(EXIT.failed);
  }
  fail(e);
}
