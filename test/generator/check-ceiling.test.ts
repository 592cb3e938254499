/** `phaen check` under the 2565 decree's pack reports the ceiling split (inside / over / รับทราบ, by kind and by issue); FY2552 does not. */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ceilingSplit } from "../../core";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { phaen as run } from "../helpers/phaen";

const FY2570 = resolve("templates/samples/khon-kaen-2570.xlsx");
const FY2552 = resolve("templates/samples/trat-2552.xlsx");

const phaen = (...args: string[]) => run(args);

describe("phaen check: the ceiling split", () => {
  it("--json gives the same totals, by kind and by strategic issue, as core's split of the workbook", async () => {
    const { places: _places, pools: _pools, ...expected } = ceilingSplit((await checkWorkbookFile(FY2570)).model);
    const r = await phaen("check", FY2570, "--json");
    const file = JSON.parse(r.out).files[0];
    expect(file.ceiling).toEqual(expected);
    // The sample plants projects over the ceiling and one for information.
    expect(file.ceiling.over.count).toBeGreaterThan(0);
    expect(file.ceiling.information.count).toBeGreaterThan(0);
    const sum = (rows: { inside: { budget: number } }[]) => rows.reduce((a, x) => a + x.inside.budget, 0);
    expect(sum(file.ceiling.byKind)).toBe(file.ceiling.inside.budget);
    expect(sum(file.ceiling.byIssue)).toBe(file.ceiling.inside.budget);
  });

  it("the terminal report prints the totals line and both tables, in Thai and in English", async () => {
    const { over, inside } = ceilingSplit((await checkWorkbookFile(FY2570)).model);
    const th = (await phaen("check", FY2570)).out;
    expect(th).toContain(`เกินกรอบวงเงิน ${over.count} โครงการ ${over.budget.toLocaleString("en-US")} บาท`);
    expect(th).toContain(`ภายในกรอบวงเงิน ${inside.count} โครงการ`);
    expect(th).toMatch(/ประเภทโครงการ\s+ภายใน \(โครงการ\)/);
    expect(th).toMatch(/ประเด็นยุทธศาสตร์\s+ภายใน \(โครงการ\)/);
    const en = (await phaen("check", FY2570, "--lang", "en")).out;
    expect(en).toContain(`over the ceiling ${over.count} projects`);
    expect(en).toMatch(/Government agency\s+\d/);
    expect(en).toMatch(/Issue 1\s+\d/);
  });

  it("a FY2552 workbook (no ceiling split in its pack) reports no ceiling section", async () => {
    const r = await phaen("check", FY2552, "--json");
    expect(JSON.parse(r.out).files[0].ceiling).toBeUndefined();
    expect((await phaen("check", FY2552)).out).not.toContain("กรอบวงเงิน (เรียงตามลำดับความสำคัญ)");
  });
});
