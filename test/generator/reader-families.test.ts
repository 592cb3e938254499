/**
 * Issue 11's families, read in-process through the same reader the CLI uses
 * (gate, then exceljs on the gate's parts): each hostile file of the
 * corpus is refused with its own reason or read as what was checked.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../core";
import { oneLine, UserError } from "../../core/errors";
import { gateWorkbook, LIMITS } from "../../generator/gate";
import { readWorkbookBytes } from "../../generator/reader";
import { BASE, buildCorpus, type HostileFile } from "../hostile/corpus";

const base = readFileSync(BASE);
const corpus = buildCorpus(base);
const refused = corpus.filter((f) => f.refused);
const readable = corpus.filter((f) => !f.refused);

async function outcome(f: HostileFile): Promise<UserError | Awaited<ReturnType<typeof readWorkbookBytes>>> {
  return readWorkbookBytes(f.name, f.bytes).catch((e: unknown) => {
    if (!(e instanceof UserError)) throw e;
    return e;
  });
}

const projectCodes = (grids: Awaited<ReturnType<typeof readWorkbookBytes>>) => parseWorkbook(grids).projects.rows.map((p) => p.code);

describe("the hostile corpus covers every family", () => {
  it("has files of each family", () => {
    expect(new Set(corpus.map((f) => f.family))).toEqual(
      new Set(["one-reading", "limits", "nothing-dropped", "encoding", "messages", "control-characters"]),
    );
  });
});

describe("refused, one line naming the file and the reason", () => {
  it.each(refused.map((f) => [f.name, f] as const))("%s", async (_, f) => {
    const e = await outcome(f);
    expect(e, `${f.name} should be refused`).toBeInstanceOf(UserError);
    const err = e as UserError;
    expect(err.en).toMatch(f.refused!);
    expect(err.file).toBe(f.name);
    expect(err.exitCode).toBe(2);
    expect(oneLine(err)).not.toMatch(/\n/);
    // Never an engine's internals.
    expect(oneLine(err)).not.toMatch(/Cannot (set|read) properties|undefined|unexpected|Invalid string length|sheetNo/i);
  });
});

describe("the gate's browser path (fflate, no Node codec) refuses the same files for the same reasons", () => {
  it.each(refused.filter((f) => f.family !== "nothing-dropped").map((f) => [f.name, f] as const))("%s", (_, f) => {
    expect(() => gateWorkbook(f.name, f.bytes)).toThrow(f.refused!);
  });
});

describe("read as what the gate checked", () => {
  const original = readWorkbookBytes(BASE, base);

  it.each(readable.filter((f) => f.family !== "control-characters").map((f) => [f.name, f] as const))(
    "%s gives the sample's projects",
    async (_, f) => {
      const grids = await outcome(f);
      expect(grids).not.toBeInstanceOf(UserError);
      expect(projectCodes(grids as Awaited<typeof original>)).toEqual(projectCodes(await original));
    },
  );

  it("decodes a windows-874 part as declared: the Thai text is the sample's", async () => {
    const f = corpus.find((x) => x.name === "shared-strings-windows-874.xlsx")!;
    const names = (g: Awaited<typeof original>) => parseWorkbook(g).projects.rows.map((p) => p.name);
    expect(names((await outcome(f)) as Awaited<typeof original>)).toEqual(names(await original));
  });

  it("hands exceljs only the checked parts: an unreferenced sheet part never reaches it", () => {
    const f = corpus.find((x) => x.name === "decoy-sheet.xlsx")!;
    const gated = gateWorkbook(f.name, f.bytes);
    expect(gated.sheets.map((s) => s.part)).not.toContain("xl/worksheets/sheet99.xml");
    expect(new TextDecoder("latin1").decode(gated.archive)).not.toContain("sheet99");
  });

  it("strips the characters XML forbids from cell text", async () => {
    const f = corpus.find((x) => x.name === "control-characters.xlsx")!;
    const text = JSON.stringify(parseWorkbook((await outcome(f)) as Awaited<typeof original>).projects.rows);
    expect(text).not.toMatch(/[\u0001\uFFFE\uFFFF]|\\u0001/);
  });
});

describe("row limits on what the SAX pass sees", () => {
  const sheetOf = (rows: string) => new TextEncoder().encode(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);

  it("refuses a sheet of more rows than the limit, and one row numbered above it, with small limits", async () => {
    const { countSheet } = await import("../../generator/gate");
    const limits = { ...LIMITS, maxRows: 10 };
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    expect(() => countSheet(text(sheetOf('<row r="1"/>'.repeat(11))), limits)).toThrow(/rows 11 over 10/);
    expect(() => countSheet(text(sheetOf('<row\r\nr="11"/>')), limits)).toThrow(/row-number 11 over 10/);
    expect(() => countSheet(text(sheetOf("<row/>".repeat(11))), limits)).toThrow(/row-number 11 over 10/);
    expect(countSheet(text(sheetOf('<row r="10"><c r="B10"><v>1</v></c></row>')), limits)).toMatchObject({
      maxRow: 10,
      maxColumn: 2,
      valued: 1,
    });
  });
});
