import { describe, expect, it } from "vitest";
import { jsonBytes, takeRequest, writeBlocks, type PendingRows } from "../../addin/office/byteBudget";

const pending = (rows: number, rowBytes: number, key = "s"): PendingRows => ({ key, row0: 0, col0: 0, rows, cols: 3, rowBytes });

describe("request planning", () => {
  it("packs whole small sheets into one request", () => {
    const queue = [pending(10, 100, "a"), pending(20, 100, "b")];
    expect(takeRequest(queue, 1, 10_000).map((p) => [p.key, p.rows])).toEqual([
      ["a", 10],
      ["b", 20],
    ]);
    expect(queue).toEqual([]);
  });

  it("splits a big sheet by rows and continues where it stopped", () => {
    const queue = [pending(1000, 100)];
    expect(takeRequest(queue, 1, 25_000)).toEqual([{ key: "s", row0: 0, col0: 0, rows: 250, cols: 3 }]);
    expect(takeRequest(queue, 1, 25_000)[0].row0).toBe(250);
  });

  it("takes fewer rows once requests turned out bigger than estimated", () => {
    expect(takeRequest([pending(1000, 100)], 2, 25_000)[0].rows).toBe(125);
  });

  it("always makes progress, even when one row exceeds the budget", () => {
    expect(takeRequest([pending(5, 1_000_000)], 1, 1000)[0].rows).toBe(1);
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
