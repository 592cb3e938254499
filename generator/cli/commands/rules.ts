/** `phaen rules`: the rule catalogue. */
import type { Command } from "commander";
import { RULES } from "../../../core";
import { parseLang } from "../report/lang";
import { rulesJson, rulesTable } from "../report/rules";

export function register(program: Command): void {
  program
    .command("rules")
    .description("แสดงรายการเกณฑ์ที่ใช้ตรวจ / list the screening rules")
    .option("--lang <lang>", "ภาษา th หรือ en / language: th or en", "th")
    .option("--json", "พิมพ์เป็น JSON / print JSON")
    .action((opts: { lang?: string; json?: boolean }) => {
      const lang = parseLang(opts.lang);
      process.stdout.write(`${opts.json ? rulesJson(RULES) : rulesTable(lang, RULES)}\n`);
    });
}
