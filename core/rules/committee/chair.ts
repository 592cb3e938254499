import { headerCell } from "../../model";
import { defineRule } from "../types";
import { COMMITTEE_EN, rosters } from "../util/committee";

/** A governor, not a deputy (รองผู้ว่าราชการจังหวัด); ผวจ. is the usual abbreviation. */
const GOVERNOR = /(^|[^ง])(ผู้ว่าราชการจังหวัด|ผวจ\.)/;
const CLUSTER_HEAD = /หัวหน้ากลุ่มจังหวัด/;

/** committee: exactly one chair, who is the governor (ก.บ.จ.) or the head of the cluster (ก.บ.ก.). */
export default defineRule({
  id: "committee/chair",
  criterion: "committee",
  severity: "error",
  title: { th: "ประธานคณะกรรมการถูกต้องตามโครงสร้าง", en: "Committee is chaired as the structure requires" },
  messages: {
    none: { th: "คณะกรรมการ {committee} ไม่มีประธาน", en: "Committee {committeeEn} has no chair" },
    many: {
      th: "คณะกรรมการ {committee} มีประธานมากกว่า 1 คน ({count} คน)",
      en: "Committee {committeeEn} has more than one chair ({count})",
    },
    wrongChair: {
      th: "ประธาน {committee} ต้องเป็น{expected} แต่ระบุตำแหน่งเป็น {position}",
      en: "The chair of {committeeEn} must be the {expectedEn}, but the position given is {position}",
    },
  },
  fix: {
    th: "ก.บ.จ. มีผู้ว่าราชการจังหวัดเป็นประธาน ก.บ.ก. มีหัวหน้ากลุ่มจังหวัดเป็นประธาน โดยมีประธานเพียงคนเดียว",
    en: "The governor chairs the ก.บ.จ.; the head of the cluster chairs the ก.บ.ก.; one chair only",
  },
  check(ctx) {
    const { committee } = ctx.model;
    for (const [name, members] of rosters(ctx.model)) {
      const chairs = members.filter((m) => m.role === "ประธาน");
      const base = { committee: name, committeeEn: COMMITTEE_EN[name] ?? name };
      if (!chairs.length) {
        ctx.report({ messageId: "none", sheet: committee.sheet, cell: headerCell(committee, "role"), data: base });
        continue;
      }
      if (chairs.length > 1) {
        for (const extra of chairs.slice(1)) {
          ctx.reportAt(committee, extra, "role", { messageId: "many", data: { ...base, count: chairs.length } });
        }
      }
      const chair = chairs[0];
      const position = chair.position ?? "";
      const cluster = name === "ก.บ.ก.";
      const ok = cluster ? CLUSTER_HEAD.test(position) || GOVERNOR.test(position) : GOVERNOR.test(position);
      if (ok) continue;
      ctx.reportAt(committee, chair, "position", {
        messageId: "wrongChair",
        data: {
          ...base,
          position: position || "-",
          expected: cluster ? "หัวหน้ากลุ่มจังหวัด" : "ผู้ว่าราชการจังหวัด",
          expectedEn: cluster ? "head of the provincial cluster" : "provincial governor",
        },
      });
    }
  },
});
