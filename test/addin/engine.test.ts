import { afterEach, describe, expect, it, vi } from "vitest";
import { CancelledError, WORKER_START_MS, workerEngine } from "../../addin/worker/engine";
import { UserError } from "../../core";
import { WORKER_FAILED } from "../../addin/logic/errors";

/** A Worker that the test drives: it can stay silent, fail to load, or answer. */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => vi.useRealTimers());

describe("the pane's worker engine", () => {
  it("a worker that never answers: a Thai error with what to do within 10 s, not a spinner forever", async () => {
    vi.useFakeTimers();
    const w = new FakeWorker();
    const checking = workerEngine(() => w as never).check([{ sheet: "โครงการ", topLeft: "A1", rows: [["x"]] }]);
    const outcome = checking.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(WORKER_START_MS + 1);
    const e = await outcome;
    expect(e).toBeInstanceOf(UserError);
    expect({ th: (e as UserError).th, en: (e as UserError).en }).toEqual(WORKER_FAILED);
    expect(WORKER_FAILED.th).toMatch(/ปิดแล้วเปิดบานหน้าต่าง/);
    expect(w.terminated).toBe(true);
  });

  it("a worker that fails to load rejects at once with the same error", async () => {
    const w = new FakeWorker();
    const checking = workerEngine(() => w as never).check([]);
    await new Promise((ok) => setTimeout(ok, 5));
    w.onerror!();
    await expect(checking).rejects.toBeInstanceOf(UserError);
  });

  it("sends a sheet a slice at a time, then checks what was sent", async () => {
    const w = new FakeWorker();
    const rows = Array.from({ length: 1000 }, (_, i) => [i]);
    const checking = workerEngine(() => w as never).check([{ sheet: "โครงการ", topLeft: "A1", rows }]);
    await vi.waitFor(() => expect(w.posted.at(-1)).toMatchObject({ type: "check", grids: [] }));
    const slices = w.posted.filter((m) => (m as { type: string }).type === "rows") as { rows: unknown[] }[];
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.flatMap((s) => s.rows)).toEqual(rows);
    const id = (w.posted.at(-1) as { id: number }).id;
    w.onmessage!({ data: { type: "checked", id, result: { province: "ตราด" } } });
    await expect(checking).resolves.toEqual({ province: "ตราด" });
  });

  it("compares in the worker: the open workbook's rows sent ahead, a refused file rejected with its own Thai and English", async () => {
    const w = new FakeWorker();
    const bytes = new Uint8Array([1, 2, 3]);
    const comparing = workerEngine(() => w as never).compare(
      { name: "เดิม.xlsx", bytes },
      [{ sheet: "โครงการ", topLeft: "A1", rows: [["x"]] }],
      {
        anyProvince: true,
      },
    );
    await vi.waitFor(() =>
      expect(w.posted.at(-1)).toMatchObject({ type: "compare", grids: [], anyProvince: true, older: { name: "เดิม.xlsx" } }),
    );
    expect(w.posted.filter((m) => (m as { type: string }).type === "rows")).toHaveLength(1);
    const id = (w.posted.at(-1) as { id: number }).id;
    w.onmessage!({ data: { type: "failed", id, message: "x", problem: { th: "ไฟล์เสียหาย", en: "corrupt", file: "เดิม.xlsx" } } });
    const e = await comparing.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect([(e as UserError).file, (e as UserError).th, (e as UserError).en]).toEqual(["เดิม.xlsx", "ไฟล์เสียหาย", "corrupt"]);
  });

  it("cancelling an export ends the worker and rejects as cancelled", async () => {
    const w = new FakeWorker();
    const job = workerEngine(() => w as never).exportDocuments(
      [],
      ["plan"],
      { thaiDigits: false },
      { onStep: () => {}, onDocument: () => {} },
    );
    job.cancel();
    await expect(job.done).rejects.toBeInstanceOf(CancelledError);
    expect(w.terminated).toBe(true);
  });
});
