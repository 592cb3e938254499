import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const PHAEN = resolve("bin/phaen.mjs");

function phaen(...args: string[]) {
  const r = spawnSync(process.execPath, [PHAEN, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr.trim() };
}

describe("usage errors", () => {
  it.each([
    [["check"], "ขาดอาร์กิวเมนต์ที่ต้องระบุ paths", "missing required argument"],
    [[], "ไม่ได้ระบุคำสั่ง", "no command given"],
    [["chekc", "x.xlsx"], "ไม่รู้จักคำสั่ง chekc หมายถึง check หรือไม่", "Did you mean check?"],
    [["rules", "--lnag", "en"], "ไม่รู้จักตัวเลือก --lnag หมายถึง --lang หรือไม่", "Did you mean --lang?"],
    [["check", "--bogus", "x.xlsx"], "ไม่รู้จักตัวเลือก --bogus", "unknown option"],
    [["new", "--province", "ตราด"], "ต้องระบุตัวเลือก", "not specified"],
  ])("phaen %j says what is wrong in Thai then English on one line and exits 2", (args, th, en) => {
    const r = phaen(...args);
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
    const r = phaen("--version");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it("--lang takes EN or En as en", () => {
    for (const lang of ["EN", "En", " en "]) expect(phaen("rules", "--lang", lang).out.split("\n")[0]).toMatch(/^Rule\s+Criterion/);
  });
});
