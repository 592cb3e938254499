import { cellOf } from "../../model";
import type { Project } from "../../schema";
import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { findNearDuplicates } from "../util/similar";
import { compactKey } from "../util/text";

/**
 * 4.3: likely duplicates across agencies: same place, near-identical names.
 * Projects are bucketed by location and compared through a bigram index
 * (util/similar), never pair by pair across the whole sheet.
 */
export default defineRule({
  id: "4.3/near-duplicate",
  criterion: "4.3",
  severity: "warning",
  title: { th: "โครงการซ้ำซ้อนระหว่างหน่วยงาน", en: "Likely duplicate projects across agencies" },
  messages: {
    duplicate: {
      th: "โครงการ {project} ({agency}) อาจซ้ำซ้อนกับโครงการ {other} ({otherAgency}): สถานที่เดียวกันและชื่อคล้ายกันร้อยละ {similarity}",
      en: "Project {project} ({agency}) may duplicate project {other} ({otherAgency}): same location, names {similarity} % alike",
    },
  },
  fix: {
    th: "ตรวจสอบกับหน่วยงานอื่นว่าเป็นงานเดียวกันหรือไม่ แล้วรวมโครงการ หรือระบุความแตกต่างและเชื่อมโยงรหัสโครงการ",
    en: "Check with the other agency whether it is the same work; merge, or state the difference and link the codes",
  },
  check(ctx) {
    const { projects } = ctx.model;
    const byLocation = new Map<string, Project[]>();
    for (const p of projects.rows) {
      if (!p.name || !p.location) continue;
      const loc = compactKey(p.location);
      if (!loc) continue;
      const bucket = byLocation.get(loc);
      if (bucket) bucket.push(p);
      else byLocation.set(loc, [p]);
    }
    for (const bucket of byLocation.values()) {
      if (bucket.length < 2) continue;
      const pairs = findNearDuplicates(
        bucket.map((p) => ({ name: p.name ?? "", group: p.agency ? compactKey(p.agency) : "" })),
        ctx.settings.nearDuplicateSimilarity,
      );
      for (const { index, match, similarity } of pairs) {
        const p = bucket[index];
        const other = bucket[match];
        ctx.report({
          messageId: "duplicate",
          sheet: projects.sheet,
          cell: cellOf(projects, p, "name"),
          data: {
            project: projectLabel(p),
            agency: p.agency ?? "-",
            other: projectLabel(other),
            otherAgency: other.agency ?? "-",
            similarity: Math.round(similarity * 100),
          },
          project: p.code ?? undefined,
        });
      }
    }
  },
});
