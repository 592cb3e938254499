/**
 * The packs that ship with Phaen, bundled as data (the add-in and the CLI
 * bundle carry them; nothing is read from disk). Checked against the schema
 * here; their rule ids and provinces are checked by test/core/packs.
 */
import fy2552 from "./fy2552.json" with { type: "json" };
import { PackSchema, type Pack } from "./schema";

export const BUNDLED_PACKS: readonly Pack[] = Object.freeze([PackSchema.parse(fy2552)]);

export function bundledPack(id: string): Pack | undefined {
  return BUNDLED_PACKS.find((p) => p.id.toLowerCase() === id.trim().toLowerCase());
}
