/* global Worker, URL, MessageEvent */
/** A Checker backed by one Web Worker; falls back to checking in place where workers are unavailable. */
import { UserError, type Bilingual, type CheckResult } from "../../core";
import { checkInPlace, type Checker } from "../logic/checker";

export function workerChecker(): Checker {
  if (typeof Worker === "undefined") return checkInPlace;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./checkWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return checkInPlace;
  }
  let next = 0;
  const waiting = new Map<number, { resolve(r: CheckResult): void; reject(e: Error): void }>();
  worker.onmessage = (e: MessageEvent<{ id: number; result?: CheckResult; error?: Bilingual }>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.error !== undefined || !e.data.result) {
      const why = e.data.error ?? { th: "ตรวจสมุดงานไม่สำเร็จ", en: "the check failed" };
      w?.reject(new UserError(why.th, why.en));
    } else w?.resolve(e.data.result);
  };
  return (grids) =>
    new Promise<CheckResult>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, grids });
    });
}
