import { describe, expect, it } from "vitest";
import { phaen as run } from "../helpers/phaen";

async function phaen(...args: string[]) {
  const r = await run(args);
  return { ...r, err: r.err.trim() };
}

describe("usage errors", () => {
  it.each([
    [["check"], "ขาดอาร์กิวเมนต์ที่ต้องระบุ paths", "missing required argument"],
    [[], "ไม่ได้ระบุคำสั่ง", "no command given"],
    [["chekc", "x.xlsx"], "ไม่รู้จักคำสั่ง chekc หมายถึง check หรือไม่", "Did you mean check?"],
    [["rules", "--lnag", "en"], "ไม่รู้จักตัวเลือก --lnag หมายถึง --lang หรือไม่", "Did you mean --lang?"],
    [["check", "--bogus", "x.xlsx"], "ไม่รู้จักตัวเลือก --bogus", "unknown option"],
    [["new", "--province", "ตราด"], "ต้องระบุตัวเลือก", "not specified"],
  ])("phaen %j says what is wrong in Thai then English on one line and exits 2", async (args, th, en) => {
    const r = await phaen(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(th);
    expect(r.err).toContain(en);
    expect(r.err.indexOf(th)).toBeLessThan(r.err.indexOf(en));
  });
});

describe("version and language", () => {
  it("--version prints the package's version", async () => {
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    const r = await phaen("--version");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it("--lang takes EN or En as en", async () => {
    for (const lang of ["EN", "En", " en "]) expect((await phaen("rules", "--lang", lang)).out.split("\n")[0]).toMatch(/^Rule\s+Criterion/);
  });
});

describe("help", () => {
  it("lists every command on stdout and exits 0; a command's help lists its options", async () => {
    const r = await phaen("--help");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    for (const c of ["rules", "check", "score", "new", "generate", "packet"]) expect(r.out).toMatch(new RegExp(`^  ${c}\\b`, "m"));
    const gen = await phaen("generate", "--help");
    expect(gen.code).toBe(0);
    expect(gen.out).toContain("plan|action|proposals|screening|kpi");
    expect(gen.out).toContain("--reference <docx>");
  });
});
