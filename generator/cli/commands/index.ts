import type { Command } from "commander";

/** Each command module adds itself to the program; main.ts stays small. */
export type Register = (program: Command) => void;

export const COMMANDS: Register[] = [];
