/**
 * Layout a reader does not stumble over: every document kind of every sample
 * (with and without Thai digits) and every packet kind (the 2565 decree's กนบ and regional sub-committee too), rendered by
 * LibreOffice at TH SarabunPSK's widths (../shared/checks/lib/thai-breaks.mjs,
 * which CI has beside its clone), breaks no word, number or code across
 * lines and leaves no near-empty page.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const BREAKS = join(ROOT, "../shared/checks/lib/thai-breaks.mjs");
const SAMPLES = join(ROOT, "templates/samples");
// Asynchronous, so the test runner's worker is not blocked for the minutes LibreOffice takes.
const run = promisify(execFile);
const phaen = (...args: string[]) => run("node", [join(ROOT, "bin/phaen.mjs"), ...args]);

describe("rendered layout", () => {
  it("has no mid-word break and no near-empty page in any document or packet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "phaen-breaks-"));
    const samples = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx"));
    const files: string[] = [];
    for (const s of samples) {
      for (const digits of [[], ["--thai-digits"]]) {
        const out = join(dir, `${s}${digits.length ? "-thai" : ""}`);
        await phaen("generate", join(SAMPLES, s), "--out", out, ...digits);
        files.push(...readdirSync(out).map((f) => join(out, f)));
      }
    }
    const trat = join(SAMPLES, samples.find((s) => /trat/.test(s)) ?? samples[0]);
    const cluster = join(SAMPLES, samples.find((s) => /cluster/.test(s)) ?? samples[0]);
    const today = join(SAMPLES, samples.find((s) => /2570/.test(s)) ?? samples[0]);
    const packets: [string, string[]][] = [
      ["kbj", [trat]],
      ["kbk", [trat, cluster]],
      ["knj", samples.map((s) => join(SAMPLES, s))],
      // The 2565 decree's committees take the FY2570 pack's workbooks (the others are left out, exit 1).
      ["กนบ", [today]],
      ["regional", [today]],
    ];
    for (const [committee, inputs] of packets) {
      const out = join(dir, `${committee}.docx`);
      try {
        await phaen("packet", ...inputs, "--committee", committee, "--out", out);
      } catch {
        // exit 1: a workbook left out (listed in the packet); the packet is still written
      }
      files.push(out);
    }
    const { stdout: report } = await run("node", [BREAKS, "--list", ...files], { encoding: "utf8", maxBuffer: 1 << 26 });
    const last = report.trim().split("\n").pop() ?? "";
    expect(
      report
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("per document") && l !== last),
    ).toEqual([]);
    expect(last).toMatch(/^mid-word breaks: 0; near-empty pages: 0;/);
  });
});
