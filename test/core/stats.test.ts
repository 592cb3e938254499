import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileSelect, quantileSorted, quartiles } from "../../core/rules/util/stats";

describe("quartiles by selection (cost outliers)", () => {
  it("match Excel's QUARTILE.INC on sorted values, for any values, repeats and orders", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
        (values, p) => {
          const sorted = Float64Array.from(values).sort();
          // + 0 makes -0 and 0 one value: toBe tells them apart, and a quartile cannot.
          expect(quantileSelect(Float64Array.from(values), p) + 0).toBe(quantileSorted(sorted, p) + 0);
        },
      ),
    );
  });

  it("stay right on inputs that defeat a naive pivot (sorted, reversed, all equal)", () => {
    const n = 5_001;
    const up = Array.from({ length: n }, (_, i) => i);
    for (const values of [up, [...up].reverse(), new Array(n).fill(7)]) {
      const q = quartiles(values);
      const sorted = Float64Array.from(values).sort();
      expect(q).toEqual({
        q1: quantileSorted(sorted, 0.25),
        median: quantileSorted(sorted, 0.5),
        q3: quantileSorted(sorted, 0.75),
        iqr: quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25),
      });
    }
  });
});
