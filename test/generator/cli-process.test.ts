/**
 * The few tests that start a real process: the installed command
 * (bin/phaen.mjs), the bundle `npm ci` builds, and what a crash prints.
 * Everything else runs the CLI in process through execute().
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { buildCli } from "../../scripts/build-cli.mjs";
import { phaen } from "../helpers/phaen";
import { tempDir, writeSampleWorkbook } from "./reader-workbooks";

const BIN = resolve("bin/phaen.mjs");
const SAMPLE = resolve("templates/samples/trat-2552.xlsx");
const dir = tempDir("phaen-process-");

function start(script: string, args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, script, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bin/phaen.mjs", () => {
  it("prints the report of a readable workbook, one line for an unreadable one, and exits 2 without a stack trace", async () => {
    const valid = await writeSampleWorkbook(join(dir, "valid.xlsx"));
    const r = start(BIN, ["check", valid, join(dir, "missing.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(valid);
    expect(r.err.trim().split("\n")).toEqual([expect.stringMatching(/^phaen: .*missing\.xlsx: ไม่พบไฟล์.* \/ .*file not found/)]);
    expect(`${r.out}${r.err}`).not.toMatch(/^\s+at /m);
    expect(start(BIN, ["--version"]).out.trim()).toBe(pkg.version);
  }, 60_000);

  it("says one line, never a stack trace, when something unexpected escapes a command (the stack with --debug)", () => {
    // A fault thrown outside any command's own error handling, once the command has started writing.
    const preload = join(dir, "fault.mjs");
    const fault = `const w = process.stdout.write.bind(process.stdout);
process.stdout.write = (...a) => { setImmediate(() => { throw new Error("disk on fire"); }); return w(...a); };`;
    writeFileSync(preload, fault);
    const r = start(BIN, ["rules"], ["--import", preload]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toEqual(["phaen: เกิดข้อผิดพลาดที่ไม่คาดคิด (disk on fire) / unexpected error (disk on fire)"]);
    const debug = start(BIN, ["rules", "--debug"], ["--import", preload]);
    expect(debug.code).toBe(2);
    expect(debug.err).toMatch(/^\s+at /m);
  }, 60_000);
});

describe("the bundle", () => {
  let entry: string;
  beforeAll(async () => {
    // Inside the project, where the bundle finds node_modules and templates/ as build/cli/ does.
    mkdirSync("build", { recursive: true });
    const out = mkdtempSync(join(resolve("build"), "test-cli-"));
    entry = join(out, "phaen.mjs");
    await buildCli(out);
    return () => rmSync(out, { recursive: true, force: true });
  }, 60_000);

  it("runs a command as the sources do", async () => {
    const fromBundle = start(entry, ["score", SAMPLE, "--json"]);
    const inProcess = await phaen(["score", SAMPLE, "--json"]);
    expect(fromBundle.code).toBe(inProcess.code);
    expect(fromBundle.out).toBe(inProcess.out);
    expect(fromBundle.err).toBe("");
  }, 60_000);

  it("loads no workbook or Word library until a command that needs one runs", () => {
    // The modules the entry imports statically, followed through the chunks they import.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const follow = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/^\s*import\s*(?:[^"';]*?\sfrom\s*)?["']([^"']+)["']/gm)) {
        if (m[1].startsWith(".")) follow(resolve(dirname(file), m[1]));
        else packages.add(m[1]);
      }
    };
    follow(entry);
    expect([...packages].filter((p) => /exceljs|docx|jszip|cli-progress/.test(p))).toEqual([]);
    expect(packages).toContain("commander");
    // Each command is its own dynamic import.
    expect([...readFileSync(entry, "utf8").matchAll(/import\(["']\.\/chunks\//g)].length).toBeGreaterThanOrEqual(6);
  });
});
