/**
 * Changes to the plan itself: vision, mission and positioning statements,
 * objectives and their targets, strategic issues and approaches, each record
 * matched by its code (an issue by its number).
 */
import type { PlanModel, Table } from "../model";
import type { Approach, Objective, PositioningStatement, StrategicIssue } from "../schema";
import { compactKey } from "../rules/util/text";
import { changedFields, presentFields, unreadableCells, type UnreadableCells } from "./fields";
import type { PlanChange, PlanPart } from "./types";

interface PartDef<R extends { $row: number }> {
  part: (r: R) => PlanPart;
  table: (m: PlanModel) => Table<R>;
  key: (r: R) => string;
  fields: readonly string[];
}

const POSITIONING_PART: Record<string, PlanPart> = { วิสัยทัศน์: "vision", พันธกิจ: "mission" };

function part<R extends { $row: number }>(def: PartDef<R>): PartDef<{ $row: number }> {
  return def as unknown as PartDef<{ $row: number }>;
}

const PARTS = [
  part<PositioningStatement>({
    part: (r) => POSITIONING_PART[r.type ?? ""] ?? "positioning",
    table: (m) => m.positioning,
    key: (r) => r.code ?? "",
    fields: ["type", "text", "issueNos"],
  }),
  part<Objective>({
    part: () => "objective",
    table: (m) => m.objectives,
    key: (r) => r.code ?? "",
    fields: ["text", "indicator", "baseline", "target", "unit", "targetYear", "qualitativeTarget"],
  }),
  part<StrategicIssue>({
    part: () => "issue",
    table: (m) => m.issues,
    key: (r) => (r.no === null || r.no === undefined ? "" : String(r.no)),
    fields: ["name", "missionGroup", "scope", "objectiveCodes"],
  }),
  part<Approach>({
    part: () => "approach",
    table: (m) => m.approaches,
    key: (r) => r.code ?? "",
    fields: ["text", "issueNo", "objectiveCodes"],
  }),
];

/** Records by key; a record without a key, or a repeated key, is matched by its place among those. */
function keyed<R extends { $row: number }>(rows: readonly R[], keyOf: (r: R) => string): Map<string, R> {
  const out = new Map<string, R>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = compactKey(keyOf(r)).toUpperCase();
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(n ? `${k}#${n + 1}` : k, r);
  }
  return out;
}

export function diffPlanParts(older: PlanModel, newer: PlanModel): PlanChange[] {
  const ua: UnreadableCells = unreadableCells(older);
  const ub: UnreadableCells = unreadableCells(newer);
  const out: PlanChange[] = [];
  for (const def of PARTS) {
    const ta = def.table(older);
    const tb = def.table(newer);
    const a = keyed(ta.rows, def.key);
    const b = keyed(tb.rows, def.key);
    for (const [k, r] of a) {
      const q = b.get(k);
      const key = def.key(q ?? r);
      if (!q) {
        out.push({
          part: def.part(r),
          change: "removed",
          key,
          fields: presentFields({ table: ta, rec: r, unreadable: ua }, def.fields, "older"),
        });
        continue;
      }
      const fields = changedFields({ table: ta, rec: r, unreadable: ua }, { table: tb, rec: q, unreadable: ub }, def.fields);
      if (fields.length) out.push({ part: def.part(q), change: "changed", key, fields });
    }
    for (const [k, q] of b) {
      if (a.has(k)) continue;
      out.push({
        part: def.part(q),
        change: "added",
        key: def.key(q),
        fields: presentFields({ table: tb, rec: q, unreadable: ub }, def.fields, "newer"),
      });
    }
  }
  return out;
}
