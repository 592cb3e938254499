import { defineRule } from "../types";
import { WEAKNESS_OR_THREAT, label } from "../util/lookup";
import { hasEvidence } from "../util/text";

/** 3.1: a weakness or threat is backed by evidence: a number or a named source. */
export default defineRule({
  id: "3.1/swot-evidence",
  criterion: "3.1",
  severity: "error",
  title: { th: "จุดอ่อนและภัยคุกคามมีข้อมูลสนับสนุน", en: "Weaknesses and threats carry evidence" },
  messages: {
    noEvidence: {
      th: "{type} {code} ไม่มีข้อมูลสนับสนุน (ไม่มีตัวเลขหรือแหล่งที่มา)",
      en: "{typeEn} {code} carries no evidence (no figure and no source)",
    },
  },
  fix: {
    th: "ระบุตัวเลขหรือแหล่งที่มาของข้อมูล (เช่น สำนักงานสถิติจังหวัด พ.ศ. 2551) ในคอลัมน์ข้อมูลสนับสนุน/แหล่งที่มา",
    en: "Give a figure or the data's source (e.g. the provincial statistics office, 2551) in the evidence column",
  },
  check(ctx) {
    const { swot } = ctx.model;
    for (const item of swot.rows) {
      if (!item.type || !WEAKNESS_OR_THREAT.has(item.type)) continue;
      if (hasEvidence([item.text, item.evidence], ctx.settings.evidenceWords)) continue;
      ctx.reportAt(swot, item, "evidence", {
        messageId: "noEvidence",
        data: { type: item.type, typeEn: item.type === "จุดอ่อน" ? "Weakness" : "Threat", code: label(item.code, item.$row) },
      });
    }
  },
});
