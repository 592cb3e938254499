import { headerCell } from "../../model";
import { defineRule } from "../types";
import { COMMITTEE_EN, rosters } from "../util/committee";

/** committee: a committee has a secretary. */
export default defineRule({
  id: "committee/secretary",
  criterion: "committee",
  severity: "error",
  title: { th: "คณะกรรมการมีเลขานุการ", en: "Committee has a secretary" },
  messages: {
    none: { th: "คณะกรรมการ {committee} ไม่มีเลขานุการ", en: "Committee {committeeEn} has no secretary" },
  },
  fix: {
    th: "ระบุกรรมการที่ทำหน้าที่เลขานุการ (เช่น หัวหน้าสำนักงานจังหวัด)",
    en: "Name the member who serves as secretary (e.g. the head of the provincial office)",
  },
  check(ctx) {
    const { committee } = ctx.model;
    for (const [name, members] of rosters(ctx.model)) {
      if (members.some((m) => m.role === "เลขานุการ")) continue;
      ctx.report({
        messageId: "none",
        sheet: committee.sheet,
        cell: headerCell(committee, "role"),
        data: { committee: name, committeeEn: COMMITTEE_EN[name] ?? name },
      });
    }
  },
});
