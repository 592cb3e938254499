/* global Worker, URL, MessageEvent, setTimeout, clearTimeout */
/**
 * The pane's engine: checks and Word exports run in a Web Worker
 * (paneWorker.ts). A worker that does not answer within 10 s, fails to load
 * or dies rejects what was waiting with a Thai error saying what to do,
 * never a spinner forever. Cancelling an export ends the worker; the next
 * request starts a new one.
 */
import { UserError, type Grid } from "../../core";
import type { PlanDiff } from "../../core/diff";
import type { DocumentKindId } from "../logic/documents";
import { userError, WORKER_FAILED } from "../logic/errors";
import type { PaneResult } from "../logic/paneResult";
import type { CompareOptions, EarlierFile } from "./compare";
import type { ExportOptions, ExportStep, FromWorker, ToWorker } from "./protocol";

export interface ExportHandlers {
  onStep(step: ExportStep): void;
  onDocument(kind: DocumentKindId, name: string, bytes: Uint8Array): void;
}

export interface ExportJob {
  done: Promise<void>;
  cancel(): void;
}

export interface PaneEngine {
  check(grids: Grid[]): Promise<PaneResult>;
  exportDocuments(grids: Grid[], kinds: DocumentKindId[], options: ExportOptions, on: ExportHandlers): ExportJob;
  /** เทียบกับฉบับก่อน: the earlier file against the open workbook's grids; a refused file rejects with its UserError. */
  compare(older: EarlierFile, grids: Grid[], options: CompareOptions): Promise<PlanDiff>;
  /** The comparison as the Word ตารางเปรียบเทียบ, with its file name. */
  exportComparison(diff: PlanDiff, options: ExportOptions): Promise<{ name: string; bytes: Uint8Array }>;
}

/** Rows per message when sending a sheet to the worker (about 1.5 MB of Thai project rows). */
const SLICE_ROWS = 400;

/** How long a new worker may take to answer its first message. */
export const WORKER_START_MS = 10_000;

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
  }
}

interface Waiting {
  resolve(m: FromWorker): void;
  reject(e: Error): void;
  on?: ExportHandlers;
}

export function workerEngine(
  makeWorker: () => Worker = () => new Worker(new URL("./paneWorker.ts", import.meta.url), { type: "module" }),
): PaneEngine {
  let worker: Worker | undefined;
  let answered = false;
  let next = 0;
  const waiting = new Map<number, Waiting>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };
  const start = (): Worker => {
    if (worker) return worker;
    answered = false;
    const w = makeWorker();
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      answered = true;
      const m = e.data;
      const wait = waiting.get(m.id);
      if (!wait) return;
      if (m.type === "progress") return wait.on?.onStep(m.step);
      if (m.type === "document") return wait.on?.onDocument(m.kind, m.name, m.bytes);
      waiting.delete(m.id);
      if (m.type === "failed") wait.reject(m.problem ? new UserError(m.problem.th, m.problem.en, m.problem.file) : new Error(m.message));
      else wait.resolve(m);
    };
    w.onerror = () => failAll(userError(WORKER_FAILED));
    w.onmessageerror = () => failAll(userError(WORKER_FAILED));
    worker = w;
    return w;
  };
  const send = (message: ToWorker, on?: ExportHandlers): Promise<FromWorker> =>
    new Promise((resolve, reject) => {
      let w: Worker;
      try {
        w = start();
      } catch {
        return reject(userError(WORKER_FAILED));
      }
      // A worker that never answers (failed to load without an error event) is reported, not waited on.
      const timer = answered ? undefined : setTimeout(() => !answered && failAll(userError(WORKER_FAILED)), WORKER_START_MS);
      waiting.set(message.id, {
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
        on,
      });
      w.postMessage(message);
    });
  /** Posts the grids a slice at a time, each copy in its own task, so the pane answers between them. */
  const sendAhead = async (id: number, grids: Grid[]) => {
    const w = start();
    for (const g of grids)
      for (let r = 0; r === 0 || r < g.rows.length; r += SLICE_ROWS) {
        w.postMessage({ type: "rows", id, sheet: g.sheet, topLeft: g.topLeft, rows: g.rows.slice(r, r + SLICE_ROWS) } satisfies ToWorker);
        await new Promise((ok) => setTimeout(ok, 0));
      }
  };
  return {
    async check(grids) {
      const id = next++;
      try {
        await sendAhead(id, grids);
      } catch {
        throw userError(WORKER_FAILED);
      }
      const m = await send({ type: "check", id, grids: [] });
      return (m as Extract<FromWorker, { type: "checked" }>).result;
    },
    async compare(older, grids, { anyProvince, label }) {
      const id = next++;
      try {
        await sendAhead(id, grids);
      } catch {
        throw userError(WORKER_FAILED);
      }
      const m = await send({ type: "compare", id, older, grids: [], anyProvince, label });
      return (m as Extract<FromWorker, { type: "compared" }>).diff;
    },
    async exportComparison(diff, options) {
      const m = await send({ type: "exportComparison", id: next++, diff, options });
      const { name, bytes } = m as Extract<FromWorker, { type: "comparisonExported" }>;
      return { name, bytes };
    },
    exportDocuments(grids, kinds, options, on) {
      const id = next++;
      const done = send({ type: "export", id, grids, kinds, options }, on).then(() => undefined);
      return {
        done,
        cancel: () => {
          const w = waiting.get(id);
          waiting.delete(id);
          // The worker may be mid-document: ending it is the only way to stop at once.
          worker?.terminate();
          worker = undefined;
          for (const other of waiting.values()) other.reject(new CancelledError());
          waiting.clear();
          w?.reject(new CancelledError());
        },
      };
    },
  };
}
