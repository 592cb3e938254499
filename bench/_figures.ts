/**
 * One figure of a benchmark. `npm run bench -- --json FILE` collects every
 * figure of every benchmark (each runs in its own process) into FILE as a
 * JSON array of { name, unit, value, target }; a target is an upper bound,
 * null where there is none. run.ts names the collecting file in
 * PHAEN_BENCH_FIGURES; each figure is one JSON line appended to it.
 */
import { appendFileSync } from "node:fs";

export interface Figure {
  name: string;
  unit: string;
  value: number;
  target: number | null;
}

export const FIGURES_ENV = "PHAEN_BENCH_FIGURES";

export function figure(name: string, unit: string, value: number, target: number | null = null): void {
  const file = process.env[FIGURES_ENV];
  if (file) appendFileSync(file, `${JSON.stringify({ name, unit, value, target } satisfies Figure)}\n`);
}
