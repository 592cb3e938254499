import type { PlanModel, Table } from "../../model";
import { SHEETS, infoSheet } from "../../schema";
import { defineRule } from "../types";
import { label } from "../util/lookup";

/** data: every required cell is filled (one finding per empty required cell). */
export default defineRule({
  id: "data/required",
  criterion: "data",
  severity: "error",
  title: { th: "กรอกข้อมูลที่จำเป็นครบถ้วน", en: "Required fields are filled" },
  messages: {
    empty: {
      th: "{sheet} แถว {row} ({record}): ยังไม่ได้กรอก {column}",
      en: "{sheet} row {row} ({record}): {columnEn} is empty",
    },
    emptyInfo: { th: "ยังไม่ได้กรอก {column}", en: "{columnEn} is empty" },
  },
  fix: { th: "กรอกข้อมูลในช่องที่จำเป็น", en: "Fill in the required cell" },
  check(ctx) {
    const { model } = ctx;
    // A cell the parser could not read is already a finding; it is not also "empty".
    const unreadable = new Set(model.parseIssues.map((i) => `${i.sheet}!${i.cell}`));
    if (model.info.present) {
      for (const c of infoSheet.columns) {
        const cell = model.info.cells[c.key];
        if (!c.required || !cell || unreadable.has(`${model.info.sheet}!${cell}`)) continue;
        if (model.info.values[c.key as keyof typeof model.info.values] !== null) continue;
        ctx.report({ messageId: "emptyInfo", sheet: model.info.sheet, cell, data: { column: c.th, columnEn: c.en } });
      }
    }
    for (const def of SHEETS) {
      if (def.layout !== "table") continue;
      const table = model[def.key as Exclude<keyof PlanModel, "templateVersion" | "info" | "parseIssues">] as Table<
        { $row: number } & Record<string, unknown>
      >;
      const required = def.columns.filter((c) => c.required && table.columns[c.key]);
      if (!required.length) continue;
      const idKey = def.columns[0].key;
      for (let row = 0; row < table.rows.length; row++) {
        const rec = table.rows[row];
        for (let k = 0; k < required.length; k++) {
          const c = required[k];
          const v = rec[c.key];
          if (v !== null && v !== undefined && !(Array.isArray(v) && !v.length)) continue;
          const cell = `${table.columns[c.key]}${rec.$row}`;
          if (unreadable.has(`${table.sheet}!${cell}`)) continue;
          ctx.report({
            messageId: "empty",
            sheet: table.sheet,
            cell,
            data: { sheet: table.sheet, row: rec.$row, record: label(rec[idKey] as string | null, rec.$row), column: c.th, columnEn: c.en },
            project: def.key === "projects" && rec.code ? String(rec.code) : undefined,
          });
        }
      }
    }
  },
});
