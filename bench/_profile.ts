import { clickToFindings, startPane } from "./_pane-harness";
import { tratGrids } from "./_scaled";
const pane = await startPane();
try {
  const page = await pane.open(tratGrids(5000), { platform: "OfficeOnline", apiVersion: "1.17" });
  await clickToFindings(page);
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  const r = await clickToFindings(page);
  await page.waitForTimeout(2500);
  const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
  console.log("click→findings", r.ms);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
    byFn.set(k, (byFn.get(k) ?? 0) + (self.get(n.id) ?? 0));
  }
  console.log([...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join("\n"));
} finally {
  await pane.close();
}
