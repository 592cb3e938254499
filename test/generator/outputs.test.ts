/**
 * Outputs are all or nothing: a full disk (ENOSPC injected in the io layer),
 * a rename that fails halfway, or a folder standing where an output goes
 * leave no document and no temporary file, and put back what was there;
 * file-system faults are said in words. Packets count the same workbook
 * once, and write nothing when no input can be read.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { oneLine, UserError } from "../../core/errors";
import { generate, parseKinds } from "../../generator/cli/commands/generate";
import { parseYear } from "../../generator/cli/commands/new";
import { packet } from "../../generator/cli/commands/packet";
import { fsErrorOf } from "../../generator/io/fs-errors";
import { outputFs } from "../../generator/io/safe-write";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { tempDir } from "./reader-workbooks";

const SAMPLE = "templates/samples/khon-kaen-2552.xlsx";
const original = { ...outputFs };
const dir = tempDir("phaen-outputs-");
let n = 0;
const fresh = () => {
  const d = join(dir, `case-${++n}`);
  mkdirSync(d);
  return d;
};
const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });

afterEach(() => Object.assign(outputFs, original));

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe("generate writes all its documents or none", () => {
  let names: string[];
  beforeAll(async () => {
    const out = fresh();
    names = (await generate(SAMPLE, { out })).map((p) => p.slice(out.length + 1));
    expect(names).toHaveLength(5);
  }, 60_000);

  it("a full disk on the third document leaves nothing, and says the disk is full", async () => {
    const out = fresh();
    let writes = 0;
    outputFs.writeFile = (async (...args: Parameters<typeof original.writeFile>) => {
      if (++writes === 3) throw enospc();
      return original.writeFile(...args);
    }) as typeof original.writeFile;
    const e = await refusal(generate(SAMPLE, { out }));
    expect(oneLine(e)).toMatch(/พื้นที่ดิสก์เต็ม \/ cannot write: the disk is full/);
    expect(oneLine(e)).not.toMatch(/ENOSPC/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("a rename failing after the first documents are in place puts everything back as it was", async () => {
    const out = fresh();
    writeFileSync(join(out, names[0]), "the earlier document");
    let renames = 0;
    outputFs.rename = (async (from: string, to: string) => {
      // The first document's old copy moved aside, the new one in, then the second one fails.
      if (++renames === 4) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      return original.rename(from, to);
    }) as typeof original.rename;
    const e = await refusal(generate(SAMPLE, { out, force: true }));
    expect(e.en).toMatch(/permission denied/);
    expect(readdirSync(out)).toEqual([names[0]]);
    expect(readFileSync(join(out, names[0]), "utf8")).toBe("the earlier document");
  });

  it("a folder named like the last document refuses the run before anything is written, even with --force", async () => {
    const out = fresh();
    mkdirSync(join(out, names[4]));
    const e = await refusal(generate(SAMPLE, { out, force: true }));
    expect(e.en).toMatch(/a folder stands where the output file goes/);
    expect(readdirSync(out)).toEqual([names[4]]);
  });

  it("a file where the output folder should be is said so", async () => {
    const out = fresh();
    writeFileSync(join(out, "taken"), "");
    const e = await refusal(generate(SAMPLE, { out: join(out, "taken", "docs") }));
    expect(e.en).toMatch(/a file where a folder is expected/);
  });

  it("a packet on a full disk leaves no packet and no temporary file", async () => {
    const out = fresh();
    outputFs.createWriteStream = ((path: string) => {
      const stream = original.createWriteStream(path);
      let written = 0;
      const write = stream.write.bind(stream);
      stream.write = ((chunk: Buffer, ...rest: never[]) => {
        written += chunk.length;
        if (written > 4_000) {
          process.nextTick(() => stream.emit("error", enospc()));
          return false;
        }
        return write(chunk, ...rest);
      }) as typeof stream.write;
      return stream;
    }) as typeof original.createWriteStream;
    const e = await refusal(packet([SAMPLE], { committee: "กนจ", out: join(out, "packet.docx") }));
    expect(e.en).toMatch(/the disk is full/);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

describe("file-system faults in words", () => {
  it.each([
    ["EACCES", /permission denied/],
    ["ENOSPC", /the disk is full/],
    ["EISDIR", /a folder where a file is expected/],
    ["ENOTDIR", /a file where a folder is expected/],
  ])("%s", (code, en) => {
    const e = fsErrorOf(Object.assign(new Error(code), { code }), "/x/y.docx", "write");
    expect(e.en).toMatch(en);
    expect(oneLine(e)).not.toContain(code);
  });
});

describe("inputs are looked at before they are read", () => {
  it("a dangling link, a FIFO and a device are refused in words, at once", async () => {
    const d = fresh();
    symlinkSync(join(d, "gone.xlsx"), join(d, "link.xlsx"));
    execFileSync("mkfifo", [join(d, "pipe.xlsx")]);
    expect((await refusal(checkWorkbookFile(join(d, "link.xlsx")))).en).toMatch(/a link that points to nothing/);
    expect((await refusal(checkWorkbookFile(join(d, "pipe.xlsx")))).en).toMatch(/not a regular file/);
    expect((await refusal(checkWorkbookFile("/dev/zero"))).en).toMatch(/not a regular file/);
  });
});

describe("arguments", () => {
  it.each(["2.552e3", "0x9F8", "25520", "2552.0", "", " "])("--year %j is refused", (raw) => {
    expect(() => parseYear(raw)).toThrow(UserError);
  });
  it("--year 2552 is taken", () => expect(parseYear("2552")).toBe(2552));
  it("--doc '' and --out '' are bad arguments", async () => {
    expect(() => parseKinds([""])).toThrow(/--doc needs a value/);
    await expect(generate(SAMPLE, { out: "" })).rejects.toThrow(/--out needs a value/);
  });
});

describe("packets", () => {
  it("count the same workbook once, by path or by bytes, and say so", async () => {
    const out = fresh();
    const copy = join(out, "copy.xlsx");
    copyFileSync(SAMPLE, copy);
    const leftOut = await packet([SAMPLE, `./${SAMPLE}`, copy], { committee: "กนจ", out: join(out, "p.docx") });
    expect(leftOut.map((l) => l.file)).toEqual([`./${SAMPLE}`, copy]);
    for (const l of leftOut) expect(l.reasonEn).toMatch(/given twice: the same workbook as khon-kaen-2552\.xlsx/);
  }, 60_000);

  it("write nothing and exit 2 when no input can be read", async () => {
    const out = fresh();
    const bad = join(out, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    const e = await refusal(packet([bad], { committee: "กนจ", out: join(out, "p.docx") }));
    expect(e.exitCode).toBe(2);
    expect(e.en).toMatch(/no workbook can be read/);
    expect(readdirSync(out)).toEqual(["bad.xlsx"]);
  });
});
