import { headerCell } from "../../model";
import { ENUMS } from "../../schema";
import { defineRule } from "../types";
import { COMMITTEE_EN, rosters } from "../util/committee";
import { sheetAnchor } from "../util/lookup";

/** committee: a ก.บ.จ./ก.บ.ก. is composed of all four sectors (DOMAIN.md §1). */
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
      for (const s of ENUMS.sector.options) {
        if (present.has(s.value)) continue;
        ctx.report({
          messageId: "missing",
          sheet: committee.sheet,
          cell: headerCell(committee, "sector"),
          data: { committee: name, committeeEn: COMMITTEE_EN[name] ?? name, sector: s.value, sectorEn: s.en.toLowerCase() },
        });
      }
    }
  },
});
