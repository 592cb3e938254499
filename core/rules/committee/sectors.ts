import { headerCell } from "../../model";
import { defineRule } from "../types";
import { COMMITTEE_EN, rosters } from "../util/committee";
import { sheetAnchor } from "../util/lookup";

/** committee: a ก.บ.จ./ก.บ.ก. is composed of every sector the pack names (FY2552: the four of DOMAIN.md §1). */
export default defineRule({
  id: "committee/sectors",
  criterion: "committee",
  severity: "error",
  title: { th: "คณะกรรมการมีองค์ประกอบครบ 4 ภาค", en: "Committee includes all four sectors" },
  messages: {
    empty: { th: "ยังไม่มีรายชื่อคณะกรรมการ", en: "The committee roster is empty" },
    missing: {
      th: "คณะกรรมการ {committee} ไม่มีองค์ประกอบจาก{sector}",
      en: "Committee {committeeEn} has no member from the {sectorEn} sector",
    },
  },
  fix: {
    th: "เพิ่มกรรมการให้ครบ 4 ภาค: ภาครัฐ ผู้บริหารท้องถิ่น ภาคธุรกิจเอกชน และภาคประชาสังคม",
    en: "Add members from all four sectors: government, local-government executives, private business and civil society",
  },
  check(ctx) {
    const { committee } = ctx.model;
    if (!committee.rows.length) {
      ctx.report({ messageId: "empty", ...sheetAnchor(ctx.model, committee) });
      return;
    }
    for (const [name, members] of rosters(ctx.model)) {
      const present = new Set(members.map((m) => m.sector));
      // The pack's sectors (a value the sector list does not know is read as typed under that pack).
      for (const s of ctx.settings.committeeSectors) {
        if (present.has(s.th)) continue;
        ctx.report({
          messageId: "missing",
          sheet: committee.sheet,
          cell: headerCell(committee, "sector"),
          data: { committee: name, committeeEn: COMMITTEE_EN[name] ?? name, sector: s.th, sectorEn: s.en.toLowerCase() },
        });
      }
    }
  },
});
