/**
 * Whether each project falls inside or over its ceiling (DOMAIN.md §10), as
 * the one ceiling split (core/budget/split.ts) places it: the projects
 * drawing on one ceiling, taken by priority (unranked ones last, then in
 * sheet order), are inside while their running total fits.
 */
import type { PlanModel } from "../model";
import type { CeilingSide } from "./types";
import { ceilingSplit } from "../budget/split";
import { ceilingOf, CEILING_FIELD, drawsOnCeiling } from "../rules/util/budget";

export type CeilingStanding = "inside" | "over";

/** Per project row index: inside, over, or null (draws on no ceiling, listed for information, or the ceiling is not given). */
export function ceilingStandings(model: PlanModel): (CeilingStanding | null)[] {
  const split = ceilingSplit(model);
  return Array.from(split.places, (place, i) => {
    const kind = split.pools[i];
    const limit = kind ? split.ceilings[kind] : null;
    if (typeof limit !== "number" || limit <= 0) return null;
    return place === "inside" || place === "over" ? place : null;
  });
}

/** Per ceiling: its limit, the projects drawing on it and how many fall inside and over it. */
export function ceilingSides(model: PlanModel): Record<"province" | "cluster", CeilingSide> {
  const standings = ceilingStandings(model);
  const rows = model.projects.rows;
  const out = {
    province: { limit: limitOf(model, "province"), drawing: 0, inside: 0, over: 0 },
    cluster: { limit: limitOf(model, "cluster"), drawing: 0, inside: 0, over: 0 },
  };
  for (let i = 0; i < rows.length; i++) {
    const kind = ceilingOf(rows[i]);
    if (!kind || !drawsOnCeiling(rows[i])) continue;
    out[kind].drawing++;
    if (standings[i] === "inside") out[kind].inside++;
    if (standings[i] === "over") out[kind].over++;
  }
  return out;
}

function limitOf(model: PlanModel, kind: "province" | "cluster"): number | null {
  const v = model.info.values[CEILING_FIELD[kind]];
  return typeof v === "number" ? v : null;
}
