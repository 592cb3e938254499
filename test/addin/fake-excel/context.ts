/* global setTimeout */
/** A fake request context: queues writes and loads until sync(), counting each sync's bytes. */
import { WorkbookProxy } from "./collections";
import { RuntimeProxy, type ProxyBase } from "./proxies";
import { utf8Bytes, type FakeWorkbook, type SyncRecord } from "./workbook";

export class FakeContext {
  private queue: (() => void)[] = [];
  private loads: { proxy: ProxyBase; props: string[] }[] = [];
  private pendingWriteBytes = 0;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly runtime: RuntimeProxy;

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        wb.requireApi("1.6", "application.suspendApiCalculationUntilNextSync");
        this.enqueue(() => void wb.calculationSuspensions++);
      },
    };
    this.runtime = new RuntimeProxy(this);
  }

  enqueue(op: () => void, writeBytes = 0): void {
    this.queue.push(op);
    this.pendingWriteBytes += writeBytes;
  }

  requestLoad(proxy: ProxyBase, props: string[]): void {
    this.loads.push({ proxy, props });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const loads = this.loads;
    const record: SyncRecord = { bytesRead: 0, bytesWritten: this.pendingWriteBytes };
    this.queue = [];
    this.loads = [];
    this.pendingWriteBytes = 0;
    // The host answers in another task (a round trip), as Excel does.
    await new Promise((ok) => setTimeout(ok, 0));
    if (record.bytesWritten > this.wb.payloadLimit) this.refuse(record);
    for (const op of ops) op();
    const answers: [ProxyBase, string, unknown][] = [];
    for (const { proxy, props } of loads) {
      const all = proxy.resolve();
      for (const p of props) {
        if (!(p in all)) throw new Error(`InvalidArgument: ${proxy.constructor.name} has no property ${p}`);
        answers.push([proxy, p, all[p]]);
        if (p === "values") record.bytesRead += utf8Bytes(all[p]);
      }
    }
    if (record.bytesRead > this.wb.payloadLimit) this.refuse(record);
    for (const [proxy, p, v] of answers) proxy.loaded.set(p, v);
    this.wb.syncs.push(record);
    const events = this.wb.pendingEvents.splice(0);
    for (const e of events) for (const h of this.wb.changeHandlers) void h(e);
  }

  private refuse(record: SyncRecord): never {
    this.wb.refused.push(record);
    throw Object.assign(new Error("RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit."), {
      code: "RequestPayloadSizeLimitExceeded",
    });
  }
}
