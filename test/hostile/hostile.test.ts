/**
 * `npm run test:hostile`: the hostile corpus (corpus.ts) written out and run
 * through `check`, `score`, `generate` and `packet`, and `new` and
 * `--reference` given bad values. Each run exits 0, 1 or 2 as the file
 * deserves, prints one line for a refusal and never a stack trace, leaves
 * every input as it was, and leaves no output (nor temporary file) behind a
 * refusal; documents written from an odd workbook are well-formed XML.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { listEntries, readEntry } from "../../generator/gate";
import { BASE, buildCorpus } from "./corpus";

const phaen = resolve("bin/phaen.mjs");
const dir = mkdtempSync(join(tmpdir(), "phaen-hostile-"));
const corpus = buildCorpus();
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

interface Run {
  status: number | null;
  out: string;
  err: string;
}

/** Runs the CLI without blocking this process (the runs of one file go side by side). */
function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [phaen, ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20 }, (e, stdout, stderr) => {
      const status = e ? (typeof e.code === "number" ? e.code : null) : 0;
      done({ status, out: `${stdout}${stderr}`, err: stderr });
    });
  });
}

function expectOneLine(r: Run, file: string) {
  expect(r.status, r.out).toBe(2);
  const lines = r.err.split("\n").filter((l) => l.trim());
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0].startsWith(`phaen: ${file}`), lines[0]).toBe(true);
}

function wellFormed(docx: string): void {
  const bytes = readFileSync(docx);
  for (const e of listEntries(bytes, 1000)) {
    if (!/\.(xml|rels)$/.test(e.name)) continue;
    const parser = new SaxesParser();
    let error = "";
    parser.on("error", (x) => (error ||= x.message));
    parser.write(new TextDecoder().decode(readEntry(bytes, e))).close();
    expect(error, `${docx}: ${e.name}`).toBe("");
  }
}

beforeAll(() => {
  // Run the CLI as it is installed: from its bundle, built from these sources.
  execFileSync(process.execPath, ["scripts/build-cli.mjs"]);
  for (const f of corpus) writeFileSync(join(dir, f.name), f.bytes);
}, 120_000);

describe.each(corpus.map((f) => [f.name, f] as const))("%s", (name, f) => {
  const file = join(dir, name);
  const out = join(dir, `${name}.out`);

  it("check, score, generate and packet: the right exit, one line when refused, the input untouched, nothing left behind", async () => {
    const before = sha(file);
    const [check, score, generate, packet] = await Promise.all([
      run("check", file),
      run("score", file),
      run("generate", file, "--out", join(out, "docs")),
      run("packet", file, "--committee", "กนจ", "--out", join(out, "packet.docx")),
    ]);
    const runs = { check, score, generate, packet };
    for (const [cmd, r] of Object.entries(runs)) {
      expect(r.out, `${cmd}: a stack trace`).not.toMatch(/^\s+at /m);
      if (f.refused) {
        expectOneLine(r, file);
        expect(r.err, cmd).toMatch(f.refused);
      } else expect([0, 1], `${cmd}: ${r.out.slice(0, 300)}`).toContain(r.status);
    }
    expect(sha(file)).toBe(before);
    const written = (() => {
      try {
        return readdirSync(out, { recursive: true }).map(String);
      } catch {
        return [];
      }
    })();
    expect(written.filter((n) => /\.(tmp|bak)$/.test(n))).toEqual([]);
    if (f.refused) expect(written.filter((n) => n.endsWith(".docx"))).toEqual([]);
    else {
      const docs = written.filter((n) => n.endsWith(".docx"));
      expect(docs.length).toBe(6);
      for (const d of docs) wellFormed(join(out, d));
    }
  }, 300_000);
});

describe("bad arguments and hostile references", () => {
  it.each([
    ["new", "--province", "ตราด", "--year", "2.552e3", "--out", "y.xlsx"],
    ["new", "--province", "ตราด", "--year", "0x9F8", "--out", "y.xlsx"],
    ["new", "--province", "ตราด", "--year", "25520", "--out", "y.xlsx"],
    ["new", "--province", "ตราด", "--year", "2552", "--out", ""],
    ["generate", BASE, "--out", ""],
    ["generate", BASE, "--out", "docs", "--doc", ""],
    ["generate", BASE, "--out", "docs", "--reference", "/dev/zero"],
    ["packet", BASE, "--committee", "กนจ", "--out", ""],
  ])(
    "%s %s %s %s %s %s %s",
    (...args) => {
      const cwd = join(dir, `args-${createHash("md5").update(args.join(" ")).digest("hex").slice(0, 8)}`);
      mkdirSync(cwd);
      const r = spawnSync(process.execPath, [phaen, ...args.map((a) => (a === BASE ? resolve(a) : a))], {
        cwd,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(1);
      expect(readdirSync(cwd)).toEqual([]);
    },
    120_000,
  );

  it("a reference whose styles part lies about its size is refused, quickly", async () => {
    const lying = join(dir, "lying-reference.docx");
    const ref = readFileSync("templates/reference.docx");
    const e = listEntries(ref, 1000).find((x) => x.name === "word/styles.xml")!;
    const bytes = Buffer.from(ref);
    bytes.writeUInt32LE(16, e.localOffset + 22);
    const central = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), bytes.length);
    for (let i = central; i > 0; i = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i - 1)) {
      if (bytes.toString("utf8", i + 46, i + 46 + 15) === "word/styles.xml") bytes.writeUInt32LE(16, i + 24);
    }
    writeFileSync(lying, bytes);
    const r = await run("generate", resolve(BASE), "--out", join(dir, "lying-ref-out"), "--reference", lying);
    expect(r.status, r.out).toBe(2);
    expect(r.err).toMatch(/styles\.xml unpacks to more than it declares/);
  }, 60_000);
});
