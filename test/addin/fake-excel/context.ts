/** A fake request context: queues writes and loads until sync(), counting each sync's bytes. */
import { WorkbookProxy } from "./collections";
import { RuntimeProxy, type ProxyBase } from "./proxies";
import { utf8Bytes, type FakeWorkbook } from "./workbook";

export class FakeContext {
  private queue: (() => void)[] = [];
  private loads: { proxy: ProxyBase; props: string[] }[] = [];
  private pendingWriteBytes = 0;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly runtime: RuntimeProxy;

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
    this.application = { suspendApiCalculationUntilNextSync: () => this.enqueue(() => void wb.calculationSuspensions++) };
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
    const record = { bytesRead: 0, bytesWritten: this.pendingWriteBytes };
    this.queue = [];
    this.loads = [];
    this.pendingWriteBytes = 0;
    this.wb.syncs.push(record);
    for (const op of ops) op();
    for (const { proxy, props } of loads) {
      const all = proxy.resolve();
      for (const p of props) {
        if (!(p in all)) throw new Error(`InvalidArgument: ${proxy.constructor.name} has no property ${p}`);
        proxy.loaded.set(p, all[p]);
        if (p === "values") record.bytesRead += utf8Bytes(all[p]);
      }
    }
    await Promise.resolve();
  }
}
