/**
 * Commander's own usage errors, said in Thai first like every other error
 * of phaen. Unknown codes keep commander's English text.
 */
import type { CommanderError } from "commander";
import { UserError } from "../../core/errors";

const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? "";

/** Commander's "(Did you mean rules?)", in Thai. */
const SUGGESTION = /Did you mean (.+?)\?/;
const didYouMean = (e: CommanderError) => {
  const s = SUGGESTION.exec(e.message)?.[1];
  return s ? ` หมายถึง ${s} หรือไม่` : undefined;
};

const THAI: Record<string, (e: CommanderError) => string> = {
  "commander.missingArgument": (e) => `ขาดอาร์กิวเมนต์ที่ต้องระบุ ${quoted(e.message)}`,
  "commander.missingMandatoryOptionValue": (e) => `ต้องระบุตัวเลือก ${quoted(e.message)}`,
  "commander.optionMissingArgument": (e) => `ตัวเลือก ${quoted(e.message)} ต้องมีค่า`,
  "commander.unknownOption": (e) => `ไม่รู้จักตัวเลือก ${quoted(e.message)}${didYouMean(e) ?? ""}`,
  "commander.unknownCommand": (e) => `ไม่รู้จักคำสั่ง ${quoted(e.message)}${didYouMean(e) ?? " (ดูรายการคำสั่งด้วย phaen --help)"}`,
  "commander.excessArguments": () => "ระบุอาร์กิวเมนต์เกินจำนวน",
  "commander.invalidArgument": () => "ค่าของอาร์กิวเมนต์ไม่ถูกต้อง",
  "commander.help": () => "ไม่ได้ระบุคำสั่ง (ดูรายการคำสั่งด้วย phaen --help)",
};

/** One line: Thai, then commander's English, with its suggestion if any. */
export function usageErrorLine(e: CommanderError): string {
  const en = e.message.replace(/^error:\s*/, "").replace(/\s*\n\s*/g, " ");
  const th = THAI[e.code]?.(e);
  if (e.code === "commander.help") return `${th} / no command given (see phaen --help)`;
  return th ? `${th} / ${en}` : en;
}

/** An option given an empty value (`--out ''`) is a bad argument, not "the current folder". */
export function requireValue(value: string | undefined, option: string): string {
  if (value === undefined || !value.trim())
    throw new UserError(`ตัวเลือก ${option} ต้องมีค่า (ได้รับค่าว่าง)`, `option ${option} needs a value (it was given an empty one)`);
  return value;
}
