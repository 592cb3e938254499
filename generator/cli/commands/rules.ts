/** `phaen rules`: the rule catalogue. */
import type { Command } from "commander";
import { RULES } from "../../../core";
import { EXIT } from "../../../core/errors";
import type { CliIO } from "../io";
import { parseLang } from "../report/lang";
import { rulesJson, rulesTable } from "../report/rules";

export async function run(cmd: Command, io: CliIO): Promise<number> {
  const opts = cmd.opts<{ lang?: string; json?: boolean }>();
  const lang = parseLang(opts.lang);
  io.stdout.write(`${opts.json ? rulesJson(RULES) : rulesTable(lang, RULES)}\n`);
  return EXIT.ok;
}
