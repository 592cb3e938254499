import { defineRule } from "../types";
import { label } from "../util/lookup";

const LINKED_TYPES = new Set(["พันธกิจ", "ตำแหน่งทางยุทธศาสตร์"]);

/** positioning: missions and positioning statements link to existing issues, and every issue is linked. */
export default defineRule({
  id: "positioning/links",
  criterion: "positioning",
  severity: "error",
  title: { th: "พันธกิจและตำแหน่งทางยุทธศาสตร์เชื่อมโยงกับประเด็นยุทธศาสตร์", en: "Mission and positioning link to the strategic issues" },
  messages: {
    none: {
      th: "{type} {code} ไม่ได้ระบุประเด็นยุทธศาสตร์ที่เชื่อมโยง",
      en: "{typeEn} {code} names no strategic issue",
    },
    unknown: {
      th: "{type} {code} อ้างประเด็นยุทธศาสตร์ที่ {issue} ซึ่งไม่มีในแผ่นงานประเด็นยุทธศาสตร์",
      en: "{typeEn} {code} names strategic issue {issue}, which is not on the strategic issues sheet",
    },
    orphan: {
      th: "ประเด็นยุทธศาสตร์ที่ {issue} ไม่ได้เชื่อมโยงจากพันธกิจหรือตำแหน่งทางยุทธศาสตร์ใด",
      en: "Strategic issue {issue} is linked from no mission or positioning statement",
    },
  },
  fix: {
    th: "ระบุเลขประเด็นยุทธศาสตร์ที่เชื่อมโยงในพันธกิจหรือตำแหน่งทางยุทธศาสตร์ ให้ครอบคลุมทุกประเด็น",
    en: "List the linked issue numbers on the missions or positioning statements so that every issue is covered",
  },
  check(ctx) {
    const { positioning, issues } = ctx.model;
    const known = new Set<string>();
    for (const i of issues.rows) if (i.no !== null) known.add(String(i.no));
    const linked = new Set<string>();
    for (const r of positioning.rows) {
      if (!r.type || !LINKED_TYPES.has(r.type)) continue;
      const base = { type: r.type, typeEn: r.type === "พันธกิจ" ? "Mission" : "Positioning statement", code: label(r.code, r.$row) };
      const nos = r.issueNos ?? [];
      if (!nos.length) ctx.reportAt(positioning, r, "issueNos", { messageId: "none", data: base });
      for (const raw of nos) {
        const no = String(Number(raw.replace(/^ประเด็น(ที่)?/, "")));
        linked.add(no);
        if (!known.has(no)) ctx.reportAt(positioning, r, "issueNos", { messageId: "unknown", data: { ...base, issue: raw } });
      }
    }
    for (const i of issues.rows) {
      if (i.no === null || linked.has(String(i.no))) continue;
      ctx.reportAt(issues, i, "no", { messageId: "orphan", data: { issue: i.no } });
    }
  },
});
