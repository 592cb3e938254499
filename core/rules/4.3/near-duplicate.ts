import { defineRule } from "../types";
import { projectLabel } from "../util/lookup";
import { NameIndex } from "../util/name-index";
import { DuplicateSearch, groupIds } from "../util/similar";
import { memoisedCompactKey, memoisedPlaceKey } from "../util/text";

/**
 * 4.3: likely duplicates across agencies: same place, near-identical names.
 * Projects are bucketed by location and compared through a bigram index
 * (util/similar), never pair by pair across the whole sheet; the names are
 * normalised and turned into bigrams once, for all places.
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
    const rows = projects.rows;
    // Places and agencies repeat: each distinct text is compacted once.
    const keyOf = memoisedCompactKey();
    // A place is the same however it is written: ต. or ตำบล, อ. or อำเภอ.
    const placeOf = memoisedPlaceKey();
    const byLocation = new Map<string, number[]>();
    const agencies = new Array<string>(rows.length);
    const names = new Array<string | null>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const p = rows[i];
      agencies[i] = p.agency ? keyOf(p.agency) : "";
      names[i] = p.name;
      if (!p.name || !p.location) continue;
      const loc = placeOf(p.location);
      if (!loc) continue;
      const bucket = byLocation.get(loc);
      if (bucket) bucket.push(i);
      else byLocation.set(loc, [i]);
    }
    // Names are prepared once for the whole sheet; only those sharing a place with another project are needed.
    const searched = new Uint8Array(rows.length);
    for (const bucket of byLocation.values()) if (bucket.length > 1) for (const i of bucket) searched[i] = 1;
    const index = new NameIndex(names, (i) => searched[i] === 1);
    const groups = groupIds(agencies);
    const search = new DuplicateSearch(index, groups, ctx.settings.nearDuplicateSimilarity);
    for (const bucket of byLocation.values()) {
      if (bucket.length < 2) continue;
      for (const { index: i, match, similarity } of search.find(bucket)) {
        const p = rows[i];
        const other = rows[match];
        ctx.reportAt(projects, p, "name", {
          messageId: "duplicate",
          data: {
            project: projectLabel(p),
            agency: p.agency ?? "-",
            other: projectLabel(other),
            otherAgency: other.agency ?? "-",
            similarity: Math.round(similarity * 100),
          },
        });
      }
    }
  },
});
