/// <reference lib="webworker" />
/* global self, MessageEvent, Transferable */
/**
 * The pane's worker: the core check and the Word export, off the task
 * pane's main thread, so the pane keeps answering while 5,000 projects are
 * checked or a document of them is built. Cancelling an export terminates
 * this worker; the pane starts a new one.
 */
import { UserError, type Grid } from "../../core";
import { compareJob, exportComparisonJob } from "./compare";
import { checkJob, exportJob } from "./jobs";
import type { FromWorker, ToWorker } from "./protocol";

const post = (m: FromWorker, transfer: Transferable[] = []) => self.postMessage(m, transfer);

/** Rows sent ahead of a check, per request id. */
const ahead = new Map<number, Grid[]>();

async function handle(m: ToWorker): Promise<void> {
  if (m.type === "rows") {
    const grids = ahead.get(m.id) ?? [];
    ahead.set(m.id, grids);
    const g = grids.find((x) => x.sheet === m.sheet);
    if (g) for (const row of m.rows) g.rows.push(row);
    else grids.push({ sheet: m.sheet, topLeft: m.topLeft, rows: m.rows });
    return;
  }
  if (m.type === "check") {
    const grids = m.grids.length ? m.grids : (ahead.get(m.id) ?? []);
    ahead.delete(m.id);
    return post({ type: "checked", id: m.id, result: checkJob(grids) });
  }
  if (m.type === "compare") {
    const grids = m.grids.length ? m.grids : (ahead.get(m.id) ?? []);
    ahead.delete(m.id);
    return post({ type: "compared", id: m.id, diff: compareJob(m.older, grids, { anyProvince: m.anyProvince, label: m.label }) });
  }
  if (m.type === "exportComparison") {
    const { name, bytes } = await exportComparisonJob(m.diff, m.options);
    return post({ type: "comparisonExported", id: m.id, name, bytes }, [bytes.buffer as ArrayBuffer]);
  }
  await exportJob(
    m.grids,
    m.kinds,
    m.options,
    (step) => post({ type: "progress", id: m.id, step }),
    (kind, name, bytes) => post({ type: "document", id: m.id, kind, name, bytes }, [bytes.buffer as ArrayBuffer]),
  );
  post({ type: "exported", id: m.id });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  handle(e.data).catch((err: unknown) =>
    post({
      type: "failed",
      id: e.data.id,
      message: (err as Error)?.message ?? String(err),
      problem: err instanceof UserError ? { th: err.th, en: err.en, file: err.file } : undefined,
    }),
  );
};
