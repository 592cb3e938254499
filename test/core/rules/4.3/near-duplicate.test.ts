import { describe, expect, it } from "vitest";
import fc from "fast-check";
import nearDuplicate from "../../../../core/rules/4.3/near-duplicate";
import { findNearDuplicates } from "../../../../core/rules/util/similar";
import { nameSimilarity } from "../../../../core/rules/util/text";
import type { WorkbookInput } from "../../../helpers/grids";
import { validPlan } from "../../../helpers/validPlan";
import { SHEET, at, ruleTester, variant } from "../tester";

/** A copy of P02 proposed again by another agency, at the same place, under a slightly different name. */
function duplicateOfP02(p: WorkbookInput, changes: Record<string, string>): void {
  p.projects!.push({ ...p.projects![1], code: "P07", linkedCodes: "", ...changes });
}

function normalisedNonEmpty(s: string): boolean {
  return s.replace(/โครงการ/g, "").replace(/[\s\p{P}\p{S}]+/gu, "").length > 0;
}

ruleTester(nearDuplicate, {
  valid: [
    { name: "different names", input: validPlan },
    {
      name: "the same name at another place is not a duplicate",
      input: variant((p) => duplicateOfP02(p, { agency: "สำนักงานเกษตรจังหวัดตราด", location: "อ.บ่อไร่" })),
    },
    {
      name: "the same agency twice is not across agencies",
      input: variant((p) => duplicateOfP02(p, { name: "ส่งเสริมการแปรรูปทุเรียนและมังคุดของกลุ่มแม่บ้าน" })),
    },
  ],
  invalid: [
    {
      name: "another agency, same place (spacing and punctuation aside), name differs by the word โครงการ and spaces",
      input: variant((p) =>
        duplicateOfP02(p, {
          name: "ส่งเสริม การแปรรูปทุเรียนและมังคุด ของกลุ่มแม่บ้าน",
          agency: "สำนักงานเกษตรจังหวัดตราด",
          location: "อ. เมืองตราด",
        }),
      ),
      errors: [{ messageId: "duplicate", sheet: SHEET.projects, cell: at("projects", "name", 6), includes: "P02" }],
    },
    {
      name: "the same place written out in full (อำเภอ for อ.) is the same place",
      input: variant((p) => duplicateOfP02(p, { agency: "สำนักงานเกษตรจังหวัดตราด", location: "อำเภอเมืองตราด" })),
      errors: [{ messageId: "duplicate", sheet: SHEET.projects, cell: at("projects", "name", 6), includes: "P02" }],
    },
    {
      name: "a near-identical name (one word changed) from another agency",
      input: variant((p) =>
        duplicateOfP02(p, { name: "โครงการส่งเสริมการแปรรูปทุเรียนและมังคุดของกลุ่มแม่บ้านเกษตรกร", agency: "สำนักงานเกษตรจังหวัดตราด" }),
      ),
      errors: [{ messageId: "duplicate", sheet: SHEET.projects, cell: at("projects", "name", 6), includes: "ร้อยละ" }],
    },
  ],
});

describe("near-duplicate search", () => {
  it("finds exactly the pairs a brute-force comparison finds (one report per later item)", () => {
    const syllables = ["ก", "ข", "น้ำ", "ถนน", "ฝาย", "ตลาด", "ผล", "ไม้", "โครงการ", " ", "-"];
    const name = fc.array(fc.constantFrom(...syllables), { minLength: 0, maxLength: 8 }).map((a) => a.join(""));
    const items = fc.array(fc.record({ name, group: fc.constantFrom("a", "b", "c") }), { maxLength: 25 });
    fc.assert(
      fc.property(items, fc.constantFrom(0.6, 0.85, 1), (list, t) => {
        const found = findNearDuplicates(list, t);
        const reported = new Set(found.map((f) => f.index));
        for (const f of found) {
          expect(list[f.match].group).not.toBe(list[f.index].group);
          expect(nameSimilarity(list[f.index].name, list[f.match].name)).toBeGreaterThanOrEqual(t - 1e-9);
        }
        // Brute force: an item with a similar name in another group is reported, unless it matched an earlier report's item only.
        list.forEach((a, i) => {
          const hasMatch = list.some(
            (b, j) =>
              j !== i &&
              b.group !== a.group &&
              nameSimilarity(a.name, b.name) >= t - 1e-9 &&
              normalisedNonEmpty(a.name) &&
              normalisedNonEmpty(b.name),
          );
          if (!hasMatch) expect(reported.has(i)).toBe(false);
        });
        // Every matching pair has at least one of its two items reported.
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            if (j <= i || a.group === b.group || !normalisedNonEmpty(a.name) || !normalisedNonEmpty(b.name)) return;
            if (nameSimilarity(a.name, b.name) >= t - 1e-9) expect(reported.has(i) || reported.has(j)).toBe(true);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("large groups (the bigram index path) find every pair that has a duplicate", () => {
    const words = ["ถนน", "ฝาย", "ตลาด", "ประปา", "คลอง", "บ้านนา", "หมู่ 1", "หมู่ 2", "ก่อสร้าง", "ซ่อม"];
    const name = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }).map((a) => a.join(""));
    const items = fc.array(fc.record({ name, group: fc.constantFrom("a", "b") }), { minLength: 60, maxLength: 120 });
    fc.assert(
      fc.property(items, (list) => {
        const t = 0.85;
        const reported = new Set(findNearDuplicates(list, t).map((f) => f.index));
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            if (j <= i || a.group === b.group) return;
            if (nameSimilarity(a.name, b.name) >= t - 1e-9) expect(reported.has(i) || reported.has(j)).toBe(true);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
