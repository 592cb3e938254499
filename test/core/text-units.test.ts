import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fill } from "../../core/rules/types";
import { NameIndex } from "../../core/rules/util/name-index";
import { CodeUnits, normaliseProjectName, projectNameUnits } from "../../core/rules/util/text";

// Names built from the pieces that matter: Thai words, the word โครงการ, punctuation, spaces, Latin capitals.
const namePiece = fc.constantFrom(
  "โครงการ",
  "โครง",
  "การ",
  "ถนน",
  "บ้าน",
  "หมู่ที่ 3",
  " ",
  "  ",
  "-",
  ",",
  "ฯ",
  "ๆ",
  "“",
  "”",
  "\u00A0",
  "\u3000",
  "（",
  "OTOP",
  "Otop",
  "İ",
  "a",
  "๑๒",
  "\t",
  "{",
  "}",
);
const names = fc.oneof(
  fc.array(namePiece, { maxLength: 12 }).map((xs) => xs.join("")),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("project names as code units (duplicate search)", () => {
  it("give exactly the units of normaliseProjectName, for any text", () => {
    const out = new CodeUnits();
    fc.assert(
      fc.property(names, (name) => {
        projectNameUnits(name, out);
        expect(String.fromCharCode(...out.units.subarray(0, out.length))).toBe(normaliseProjectName(name));
      }),
      { numRuns: 2_000 },
    );
  });

  it("give equal names one id, and different names different ids", () => {
    fc.assert(
      fc.property(fc.array(names, { maxLength: 60 }), (list) => {
        const index = new NameIndex(list);
        for (let i = 0; i < list.length; i++)
          for (let j = 0; j < list.length; j++) {
            const a = normaliseProjectName(list[i]);
            const b = normaliseProjectName(list[j]);
            if (!a || !b) continue;
            expect(index.nameOf[i] === index.nameOf[j]).toBe(a === b);
          }
        for (let i = 0; i < list.length; i++) expect(index.nameOf[i] < 0).toBe(!normaliseProjectName(list[i]));
      }),
      { numRuns: 300 },
    );
  });
});

describe("message placeholders", () => {
  const reference = (template: string, data: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => (k in data ? String(data[k]) : `{${k}}`));

  it("fill each {name} as a regular-expression replace would, leaving unknown and malformed ones", () => {
    const template = fc
      .array(fc.constantFrom("{project}", "{other}", "{", "}", "{a b}", "{}", "โครงการ ", "{{project}}", "x", "{unknown}"), {
        maxLength: 10,
      })
      .map((xs) => xs.join(""));
    const data = fc.dictionary(fc.constantFrom("project", "other", "a"), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()));
    fc.assert(
      fc.property(template, data, (t, d) => {
        expect(fill(t, d)).toBe(reference(t, d));
      }),
      { numRuns: 2_000 },
    );
  });

  it("fill a rule's message with the project's own values", () => {
    expect(fill("โครงการ {project} ซ้ำกับ {other} ร้อยละ {similarity}", { project: "P1", other: "P2", similarity: 92 })).toBe(
      "โครงการ P1 ซ้ำกับ P2 ร้อยละ 92",
    );
  });
});
