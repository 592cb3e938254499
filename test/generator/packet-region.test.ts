/** The regional sub-committee's packet takes the provinces of its region (the pack's regions) and leaves the others out with the reason. */
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_PACKS, regionOfCluster, type Pack } from "../../core";
import { selectForCommittee } from "../../generator/cli/commands/packet-select";
import { createWorkbook } from "../../generator/cli/commands/new";
import { checkWorkbookFile } from "../../generator/reader/check-file";
import { tempDir } from "./reader-workbooks";

const dir = tempDir("phaen-region-");
const FY2570 = BUNDLED_PACKS.find((p) => p.id === "FY2570")!;

async function readable(file: string, pack?: Pack) {
  return { file, result: await checkWorkbookFile(file, { pack }) };
}

async function made(province: string): Promise<string> {
  const out = join(dir, `${province}-2570.xlsx`);
  await createWorkbook({ province, year: 2570, out, force: true });
  return out;
}

describe("packet --committee regional", () => {
  it("takes the region's provinces and leaves a province of another region out, saying which region it is in", async () => {
    const kk = await readable(resolve("templates/samples/khon-kaen-2570.xlsx"));
    const udon = await readable(await made("อุดรธานี"));
    const trat = await readable(await made("ตราด"));
    const { entries, leftOut } = selectForCommittee("อ.ก.น.บ.ภาค", [kk, trat, udon], { region: "ภาคตะวันออกเฉียงเหนือ" });
    expect(entries.map((e) => e.result.province).sort()).toEqual(["ขอนแก่น", "อุดรธานี"]);
    expect(leftOut).toEqual([
      expect.objectContaining({ file: trat.file, reason: expect.stringContaining("ภาคตะวันออก ไม่ใช่ภาคตะวันออกเฉียงเหนือ") }),
    ]);
    expect(leftOut[0].reasonEn).toMatch(/Eastern region, not this sub-committee's Northeastern/);
  });

  it("without --region takes the region most workbooks belong to; an unknown region is refused", async () => {
    const kk = await readable(resolve("templates/samples/khon-kaen-2570.xlsx"));
    const udon = await readable(await made("อุดรธานี"));
    const trat = await readable(await made("ตราด"));
    const { entries, leftOut } = selectForCommittee("อ.ก.น.บ.ภาค", [trat, kk, udon]);
    expect(entries).toHaveLength(2);
    expect(leftOut.map((l) => l.file)).toEqual([trat.file]);
    expect(() => selectForCommittee("อ.ก.น.บ.ภาค", [kk], { region: "ภาคอีสาน" })).toThrow(/unknown region "ภาคอีสาน"/);
    expect(() => selectForCommittee("ก.น.บ.", [kk], { region: "ภาคเหนือ" })).toThrow(/regional sub-committee only/);
  });

  it("the FY2570 pack puts every cluster of its cluster set in exactly one region", () => {
    const { clusters } = FY2570.reference;
    expect(clusters).toHaveLength(1);
    for (const name of ["ภาคตะวันออก 1", "ภาคตะวันออก 2", "ภาคเหนือตอนบน 1", "ภาคตะวันออกเฉียงเหนือตอนกลาง", "ภาคใต้ชายแดน"])
      expect(regionOfCluster(FY2570, name)).toBeDefined();
    expect(regionOfCluster(FY2570, "ภาคตะวันออก 2")?.en).toBe("Eastern");
    expect(regionOfCluster(FY2570, "กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนกลาง")?.en).toBe("Northeastern");
    const all = FY2570.regions!.value.flatMap((r) => r.clusters);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(18);
  });
});
