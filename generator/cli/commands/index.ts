import type { Command } from "commander";
import { register as check } from "./check";
import { register as diff } from "./diff";
import { register as generate } from "./generate";
import { register as newWorkbook } from "./new";
import { register as packet } from "./packet";
import { register as packs } from "./packs";
import { register as rules } from "./rules";
import { register as score } from "./score";

/** Each command module adds itself to the program; main.ts stays small. */
export type Register = (program: Command) => void;

export const COMMANDS: Register[] = [rules, packs, check, score, newWorkbook, generate, packet, diff];
