import { describe, expect, it } from "vitest";
import { REFERENCE } from "../../core";

const { provinces } = REFERENCE;
const border2009 = provinces.filter((p) => p.borders.length > 0 && !p.createdCE);
const coastal = provinces.filter((p) => p.coast !== null);

describe("reference data: provinces", () => {
  it("has 77 provinces (76 and Bangkok) with unique ISO 3166-2:TH codes and names", () => {
    expect(provinces).toHaveLength(77);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(77);
    expect(new Set(provinces.map((p) => p.th)).size).toBe(77);
    expect(new Set(provinces.map((p) => p.en)).size).toBe(77);
    for (const p of provinces) expect(p.code).toMatch(/^TH-\d{2}$/);
  });

  it("knows the codes users check against ISO 3166-2:TH", () => {
    expect(REFERENCE.province("กรุงเทพมหานคร")?.code).toBe("TH-10");
    expect(REFERENCE.province("ตราด")?.code).toBe("TH-23");
    expect(REFERENCE.province("ขอนแก่น")?.code).toBe("TH-40");
    expect(REFERENCE.province("ปัตตานี")?.code).toBe("TH-94");
    expect(REFERENCE.province("บึงกาฬ")?.code).toBe("TH-38");
  });

  it("finds a province by Thai or English name, with or without จังหวัด, or by code", () => {
    expect(REFERENCE.province("จังหวัดตราด")?.en).toBe("Trat");
    expect(REFERENCE.province("จังหวัด ตราด")?.en).toBe("Trat");
    expect(REFERENCE.province("Trat")?.th).toBe("ตราด");
    expect(REFERENCE.province("trat province")?.th).toBe("ตราด");
    expect(REFERENCE.province("Lopburi")?.th).toBe("ลพบุรี");
    expect(REFERENCE.province("Phang Nga")?.th).toBe("พังงา");
    expect(REFERENCE.province("กทม.")?.th).toBe("กรุงเทพมหานคร");
    expect(REFERENCE.province("th-96")?.th).toBe("นราธิวาส");
    expect(REFERENCE.province("ตราดด")).toBeUndefined();
    expect(REFERENCE.province("")).toBeUndefined();
  });

  it("has the 30 border provinces of 2009, with บึงกาฬ (2011) on the Lao border too", () => {
    expect(border2009).toHaveLength(30);
    const count = (n: string) => border2009.filter((p) => p.borders.includes(n as never)).length;
    expect(count("Myanmar")).toBe(10);
    expect(count("Laos")).toBe(11);
    expect(count("Cambodia")).toBe(7);
    expect(count("Malaysia")).toBe(4);
    expect(
      border2009
        .filter((p) => p.borders.length === 2)
        .map((p) => p.th)
        .sort(),
    ).toEqual(["อุบลราชธานี", "เชียงราย"].sort());
    expect(REFERENCE.province("บึงกาฬ")).toMatchObject({ borders: ["Laos"], createdCE: 2011 });
    expect(REFERENCE.province("ปัตตานี")?.borders).toEqual([]);
  });

  it("has 23 coastal areas, Bangkok included: 17 on the Gulf and 6 on the Andaman Sea", () => {
    expect(coastal).toHaveLength(23);
    expect(coastal.filter((p) => p.coast === "gulf")).toHaveLength(17);
    expect(coastal.filter((p) => p.coast === "andaman")).toHaveLength(6);
    expect(REFERENCE.province("กรุงเทพมหานคร")).toMatchObject({ coast: "gulf", specialAdministration: true });
    expect(REFERENCE.province("พัทลุง")?.coast).toBeNull();
  });

  it("names its source and year", () => {
    expect(REFERENCE.source).toMatch(/ISO 3166-2:TH/);
    expect(REFERENCE.source).toMatch(/2009/);
    for (const set of REFERENCE.clusterSets) expect(set.source.length).toBeGreaterThan(40);
  });
});

describe("reference data: provincial clusters", () => {
  it("has 18 clusters in every set", () => {
    expect(REFERENCE.clusterSets.length).toBeGreaterThanOrEqual(2);
    for (const set of REFERENCE.clusterSets) expect(set.clusters).toHaveLength(18);
  });

  it("puts every province of 2009 except Bangkok in exactly one cluster of 2009", () => {
    const set = REFERENCE.clusterSet(2552);
    expect(set.sinceCE).toBe(2009);
    const members = set.clusters.flatMap((c) => c.provinces);
    const expected = provinces.filter((p) => !p.createdCE && !p.specialAdministration).map((p) => p.th);
    expect(expected).toHaveLength(75);
    expect([...members].sort()).toEqual([...expected].sort());
  });

  it("puts every province of today except Bangkok in exactly one cluster of the current set", () => {
    const set = REFERENCE.clusterSet(2569);
    expect(set.sinceCE).toBe(2017);
    const members = set.clusters.flatMap((c) => c.provinces);
    const expected = provinces.filter((p) => !p.specialAdministration).map((p) => p.th);
    expect([...members].sort()).toEqual([...expected].sort());
  });

  it("answers clusterOf with the 2009 set before FY2561 and the redrawn set from FY2561", () => {
    expect(REFERENCE.clusterOf("สงขลา", 2552)?.th).toBe("ภาคใต้ชายแดน");
    expect(REFERENCE.clusterOf("สงขลา", 2560)?.th).toBe("ภาคใต้ชายแดน");
    expect(REFERENCE.clusterOf("สงขลา", 2561)?.th).toBe("ภาคใต้ฝั่งอ่าวไทย");
    expect(REFERENCE.clusterOf("Chon Buri", 2552)?.th).toBe("ภาคตะวันออก");
    expect(REFERENCE.clusterOf("จังหวัดชลบุรี", 2565)?.th).toBe("ภาคตะวันออก 1");
    expect(REFERENCE.clusterOf("บึงกาฬ", 2552)).toBeUndefined();
    expect(REFERENCE.clusterOf("บึงกาฬ", 2556)?.th).toBe("ภาคตะวันออกเฉียงเหนือตอนบน 1");
    expect(REFERENCE.clusterOf("กรุงเทพมหานคร", 2552)).toBeUndefined();
  });

  it("finds a cluster by name with or without กลุ่มจังหวัด, in the set of the year", () => {
    expect(REFERENCE.clusterByName("กลุ่มจังหวัดภาคตะวันออก", 2552)?.provinces).toContain("ตราด");
    expect(REFERENCE.clusterByName("ภาคตะวันออก", 2552)?.no).toBe(9);
    expect(REFERENCE.clusterByName("กลุ่มจังหวัด ภาคใต้ชายแดน", 2552)?.provinces).toHaveLength(5);
    expect(REFERENCE.clusterByName("Southern Border", 2562)?.provinces).toEqual(["ปัตตานี", "ยะลา", "นราธิวาส"]);
    expect(REFERENCE.clusterByName("ภาคตะวันออก 1", 2552)).toBeUndefined();
    expect(REFERENCE.clusterByName("ภาคตะวันออก 1", 2561)?.provinces).toContain("ชลบุรี");
  });
});
