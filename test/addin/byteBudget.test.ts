import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  jsonBytes,
  plannedRowBytes,
  ROW_MARGIN,
  takeProbe,
  takeRequest,
  writeBlocks,
  type PendingRows,
} from "../../addin/office/byteBudget";

const pending = (rows: number, rowBytes?: number, key = "s"): PendingRows => ({ key, row0: 0, col0: 0, rows, cols: 3, rowBytes });

describe("counting a request's bytes", () => {
  it("counts exactly the UTF-8 bytes of the JSON, Thai, escapes, emoji and lone surrogates included", () => {
    const exact = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;
    const samples: unknown[] = [
      [['โครงการพัฒนา "ท่องเที่ยว"', 2_500_000, 0.1, true, null, ""]],
      [["a\\b\n\t\u0001", "😀", "\ud800", -0, 1e21, false]],
    ];
    for (const v of samples) expect(jsonBytes(v)).toBe(exact(v));
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.boolean(), fc.constant(null)))), (rows) => {
        expect(jsonBytes(rows)).toBe(exact(rows));
      }),
    );
  });
});

describe("request planning", () => {
  it("probes the first rows of every sheet before sizing anything", () => {
    const queue = [pending(5, undefined, "a"), pending(5000, undefined, "b")];
    expect(takeProbe(queue, 20).map((p) => [p.key, p.row0, p.rows])).toEqual([
      ["a", 0, 5],
      ["b", 0, 20],
    ]);
    expect(queue.map((p) => [p.key, p.row0, p.rows])).toEqual([["b", 20, 4980]]);
  });

  it("plans a row at the heaviest one seen or the mean with a margin, never less than before", () => {
    const rows = [["ก".repeat(100)], ["ข".repeat(10)]];
    const heaviest = jsonBytes(rows[0]) + 1;
    const mean = (jsonBytes(rows[0]) + 1 + jsonBytes(rows[1]) + 1) / 2;
    expect(plannedRowBytes(rows)).toBe(Math.max(heaviest, mean * ROW_MARGIN));
    expect(plannedRowBytes(rows, 10_000)).toBe(10_000);
  });

  it("packs whole small sheets into one request", () => {
    const queue = [pending(10, 100, "a"), pending(20, 100, "b")];
    expect(takeRequest(queue, 10_000).map((p) => [p.key, p.rows])).toEqual([
      ["a", 10],
      ["b", 20],
    ]);
    expect(queue).toEqual([]);
  });

  it("splits a big sheet by rows and continues where it stopped", () => {
    const queue = [pending(1000, 100)];
    expect(takeRequest(queue, 25_000)).toEqual([{ key: "s", row0: 0, col0: 0, rows: 250, cols: 3 }]);
    expect(takeRequest(queue, 25_000)[0].row0).toBe(250);
  });

  it("always makes progress, even when one row exceeds the budget", () => {
    expect(takeRequest([pending(5, 1_000_000)], 1000)[0].rows).toBe(1);
  });

  it("writes rows in blocks under the target, in order, losing none", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i, "ข้อความภาษาไทยที่ยาวพอสมควร"]);
    const blocks = writeBlocks(rows, 5_000);
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(jsonBytes(b.rows)).toBeLessThanOrEqual(5_000);
    expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
    expect(blocks.map((b) => b.row0)).toEqual(blocks.map((_, i) => blocks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)));
  });
});
