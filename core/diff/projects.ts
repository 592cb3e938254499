/** Projects added, removed and changed between two versions of a plan. */
import type { PlanModel } from "../model";
import type { Project } from "../schema";
import { ceilingStandings } from "./ceiling";
import { changedFields, fieldCell, presentFields, unreadableCells, type Side } from "./fields";
import { matchProjects, type ProjectMatching } from "./match";
import type { FieldChange, ProjectChange } from "./types";

/** The fields a committee follows from version to version (DOMAIN.md §10), in the order they are reported. */
export const PROJECT_FIELDS = [
  "name",
  "budget",
  "kind",
  "budgetSource",
  "issueNo",
  "approachCode",
  "agency",
  "startDate",
  "endDate",
  "decision",
  "priority",
] as const;

/** The pseudo-field of a project's standing against its ceiling (inside / over). */
export const CEILING_FIELD_NAME = "ceiling";

/** What an added or removed project is listed with. */
const IDENTITY_FIELDS = ["name", "budget"] as const;

export interface ProjectDiff {
  changes: ProjectChange[];
  matching: ProjectMatching;
}

export function diffProjects(older: PlanModel, newer: PlanModel, threshold: number): ProjectDiff {
  const a = older.projects;
  const b = newer.projects;
  const matching = matchProjects(a.rows, b.rows, threshold);
  const unreadableA = unreadableCells(older);
  const unreadableB = unreadableCells(newer);
  const standingA = ceilingStandings(older);
  const standingB = ceilingStandings(newer);
  const sideA = (i: number): Side<Project> => ({ table: a, rec: a.rows[i], unreadable: unreadableA });
  const sideB = (j: number): Side<Project> => ({ table: b, rec: b.rows[j], unreadable: unreadableB });
  const changes: ProjectChange[] = [];
  for (const { older: i, newer: j, by } of matching.pairs) {
    const p = a.rows[i];
    const q = b.rows[j];
    const fields: FieldChange[] = [];
    if (p.code !== q.code)
      fields.push({ field: "code", before: p.code, after: q.code, cellOlder: fieldCell(a, p, "code"), cellNewer: fieldCell(b, q, "code") });
    fields.push(...changedFields(sideA(i), sideB(j), PROJECT_FIELDS));
    // A project's standing is reported with its own changes; one moved only by others' changes (a cut
    // elsewhere frees room) is counted in the totals' ceiling lines, not listed as a changed project.
    if (fields.length && standingA[i] !== standingB[j]) {
      fields.push({
        field: CEILING_FIELD_NAME,
        before: standingA[i],
        after: standingB[j],
        cellOlder: fieldCell(a, p, "budget"),
        cellNewer: fieldCell(b, q, "budget"),
      });
    }
    if (fields.length) changes.push({ change: "changed", code: q.code, name: q.name ?? p.name, codeBefore: p.code, matchedBy: by, fields });
  }
  for (const i of matching.removed) {
    changes.push({
      change: "removed",
      code: a.rows[i].code,
      name: a.rows[i].name,
      codeBefore: a.rows[i].code,
      matchedBy: null,
      fields: presentFields(sideA(i), IDENTITY_FIELDS, "older"),
    });
  }
  for (const j of matching.added) {
    changes.push({
      change: "added",
      code: b.rows[j].code,
      name: b.rows[j].name,
      codeBefore: null,
      matchedBy: null,
      fields: presentFields(sideB(j), IDENTITY_FIELDS, "newer"),
    });
  }
  return { changes, matching };
}
