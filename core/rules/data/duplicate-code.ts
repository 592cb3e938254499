import type { PlanModel, Table } from "../../model";
import { defineRule } from "../types";
import { codeKey } from "../util/lookup";

const PROJECT_CODE = { th: "รหัสโครงการ", en: "project code" };

/** The key column of each other coded sheet: lookups by code are ambiguous when one repeats. */
const KEYS: { table: keyof PlanModel; key: string; th: string; en: string }[] = [
  { table: "issues", key: "no", th: "เลขประเด็นยุทธศาสตร์", en: "strategic issue number" },
  { table: "approaches", key: "code", th: "รหัสแนวทาง", en: "approach code" },
  { table: "objectives", key: "code", th: "รหัสวัตถุประสงค์", en: "objective code" },
  { table: "swot", key: "code", th: "รหัส SWOT", en: "SWOT code" },
  { table: "needs", key: "id", th: "รหัสความต้องการ", en: "need id" },
  { table: "hearings", key: "id", th: "รหัสเวที", en: "hearing id" },
  { table: "positioning", key: "code", th: "รหัสวิสัยทัศน์/พันธกิจ", en: "statement code" },
];

/** data: codes are unique within their sheet. */
export default defineRule({
  id: "data/duplicate-code",
  criterion: "data",
  severity: "error",
  title: { th: "รหัสไม่ซ้ำกัน", en: "Codes are unique" },
  messages: {
    duplicate: {
      th: "{what} {code} ซ้ำกับแถว {firstRow}",
      en: "{whatEn} {code} repeats the one on row {firstRow}",
    },
  },
  fix: { th: "กำหนดรหัสใหม่ที่ไม่ซ้ำให้แถวนี้", en: "Give this row a code of its own" },
  check(ctx) {
    // Projects: from the code index the other rules share (the sheet of 50,000 rows is indexed once).
    const codes = ctx.facts.projectCodes;
    const { projects } = ctx.model;
    for (let i = 0; i < projects.rows.length; i++) {
      const key = codes.keys[i];
      const first = key ? codes.first.get(key)! : i;
      if (first === i) continue;
      const rec = projects.rows[i];
      ctx.reportAt(projects, rec, "code", {
        messageId: "duplicate",
        data: { what: PROJECT_CODE.th, whatEn: PROJECT_CODE.en, code: String(rec.code), firstRow: projects.rows[first].$row },
      });
    }
    for (const k of KEYS) {
      const table = ctx.model[k.table] as Table<{ $row: number } & Record<string, unknown>>;
      const first = new Map<string, number>();
      for (let row = 0; row < table.rows.length; row++) {
        const rec = table.rows[row];
        const raw = rec[k.key] as string | number | null;
        const key = codeKey(raw);
        if (!key) continue;
        const firstRow = first.get(key);
        if (firstRow === undefined) {
          first.set(key, rec.$row);
          continue;
        }
        ctx.reportAt(table, rec, k.key, { messageId: "duplicate", data: { what: k.th, whatEn: k.en, code: String(raw), firstRow } });
      }
    }
  },
});
