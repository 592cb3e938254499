import { defineRule } from "../types";
import { label } from "../util/lookup";

/** The four groups s.53/1 has the governor consult (DOMAIN.md §8), each with its column on the hearings sheet. */
export const HEARING_GROUP_COLUMNS = [
  { key: "agencyHeads", th: "หัวหน้าส่วนราชการ", en: "heads of government agencies" },
  { key: "localExecutives", th: "ผู้บริหาร อปท.", en: "local-government executives" },
  { key: "civilSociety", th: "ภาคประชาสังคม", en: "civil society" },
  { key: "business", th: "ภาคธุรกิจเอกชน", en: "business" },
] as const;

/** hearing: every public hearing heard all four groups. */
export default defineRule({
  id: "hearing/groups",
  criterion: "hearing",
  severity: "error",
  title: { th: "เวทีรับฟังความคิดเห็นมีผู้เข้าร่วมครบ 4 กลุ่ม", en: "Public hearing includes all four groups" },
  messages: {
    missing: {
      th: "เวที {hearing} ไม่มีผู้เข้าร่วมจาก{group}",
      en: "Hearing {hearing} had no participants from {groupEn}",
    },
  },
  fix: {
    th: "บันทึกจำนวนผู้เข้าร่วมแต่ละกลุ่ม หรือจัดเวทีเพิ่มเติมให้ครบหัวหน้าส่วนราชการ ผู้บริหาร อปท. ภาคประชาสังคม และภาคธุรกิจเอกชน",
    en: "Record how many of each group took part, or hold a further hearing with every group",
  },
  check(ctx) {
    const { hearings } = ctx.model;
    for (const h of hearings.rows) {
      // The groups the pack names (each has its column: core/packs/validate.ts refuses one that has none).
      for (const g of HEARING_GROUP_COLUMNS) {
        if (!ctx.settings.hearingGroups.includes(g.th)) continue;
        const n = h[g.key];
        if (n !== null && n > 0) continue;
        ctx.reportAt(hearings, h, g.key, { messageId: "missing", data: { hearing: label(h.id, h.$row), group: g.th, groupEn: g.en } });
      }
    }
  },
});
