import { beforeAll, describe, expect, it } from "vitest";
import { checkGrids, type Grid } from "../../../core";
import { diffJson, diffPlans, sameProvince, type PlanDiff } from "../../../core/diff";
import { copyGrids, plantedChanges, projects, SheetEditor, sampleGrids } from "../../helpers/plan-versions";

let older: Grid[];
const compare = (a: Grid[], b: Grid[]): PlanDiff =>
  diffPlans({ label: "older.xlsx", result: checkGrids(a) }, { label: "newer.xlsx", result: checkGrids(b) });

beforeAll(async () => {
  older = await sampleGrids();
});

describe("diffPlans: the planted changes of a newer ตราด version", () => {
  let diff: PlanDiff;
  beforeAll(() => {
    diff = compare(older, plantedChanges(older));
  });

  it("reports the budget cut with its difference in baht and percent, at both cells", () => {
    const p = diff.projects.find((c) => c.code === "TR52-001")!;
    expect(p).toMatchObject({ change: "changed", matchedBy: "code", codeBefore: "TR52-001" });
    expect(p.fields).toEqual([
      { field: "budget", before: 8_900_000, after: 7_900_000, cellOlder: "S3", cellNewer: "S3", difference: -1_000_000, percent: -11.24 },
    ]);
  });

  it("matches a project whose code changed by its name and place, and says so", () => {
    const p = diff.projects.find((c) => c.code === "TR52-905")!;
    expect(p).toMatchObject({ change: "changed", codeBefore: "TR52-005", matchedBy: "name" });
    expect(p.fields.map((f) => [f.field, f.before, f.after])).toEqual([["code", "TR52-005", "TR52-905"]]);
    expect(diff.projects.some((c) => c.code === "TR52-005" && c.change === "removed")).toBe(false);
  });

  it("lists the removed and the added project, the decision changed, and nothing else", () => {
    expect(diff.projects.map((c) => `${c.change} ${c.code}`).sort()).toEqual(
      ["added TR52-900", "changed TR52-001", "changed TR52-006", "changed TR52-905", "removed TR52-003"].sort(),
    );
    const rejected = diff.projects.find((c) => c.code === "TR52-006")!;
    expect(rejected.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ["decision", "อนุมัติ", "ไม่อนุมัติ"],
      // Rejected, it no longer draws on the province ceiling.
      ["ceiling", "inside", null],
    ]);
    const removed = diff.projects.find((c) => c.code === "TR52-003")!;
    expect(removed.fields.find((f) => f.field === "budget")).toMatchObject({ before: 1_200_000, after: null, cellNewer: null });
  });

  it("totals before and after by kind, source and issue; the cut frees room under the ceiling", () => {
    expect(diff.totals.all).toMatchObject({ before: { projects: 44 }, after: { projects: 44 }, difference: -1_000_000 });
    expect(diff.totals.byIssue.find((l) => l.key === "1")?.difference).toBe(-1_000_000);
    expect(diff.totals.bySource.find((l) => l.key === "งบจังหวัด")?.difference).toBe(-1_000_000);
    const province = diff.totals.ceilings.find((c) => c.ceiling === "province")!;
    expect(province.after.over).toBeLessThan(province.before.over);
    expect(diff.plan).toEqual([]);
  });

  it("keeps the JSON to the stable shape", () => {
    const j = diffJson(diff) as { projects: Record<string, unknown>[] };
    expect(Object.keys(j)).toEqual(["older", "newer", "projects", "totals", "plan", "findings"]);
    for (const p of j.projects) expect(Object.keys(p)).toEqual(["change", "code", "codeBefore", "matchedBy", "fields"]);
  });
});

describe("diffPlans: other changes", () => {
  it("compares the same workbook as unchanged, every finding still open", () => {
    const diff = compare(older, copyGrids(older));
    expect(diff.projects).toEqual([]);
    expect(diff.plan).toEqual([]);
    expect(diff.findings.fixed).toEqual([]);
    expect(diff.findings.new).toEqual([]);
    expect(diff.findings.open.length).toBeGreaterThan(0);
  });

  it("reports an unreadable cell as a change unreadable in newer, without failing", () => {
    const newer = copyGrids(older);
    projects(newer).set("code", "TR52-002", "budget", "เจ็ดล้าน");
    const p = compare(older, newer).projects.find((c) => c.code === "TR52-002")!;
    expect(p.fields.find((f) => f.field === "budget")).toMatchObject({ before: 7_500_000, after: { unreadable: "เจ็ดล้าน" } });
  });

  it("does not pair different projects at one place by name, nor a renamed code without a similar name", () => {
    const newer = copyGrids(older);
    const p = projects(newer);
    p.set("code", "TR52-007", "code", "TR52-907");
    p.set("code", "TR52-907", "name", "โครงการอบรมภาษาอังกฤษสำหรับผู้ประกอบการ");
    const diff = compare(older, newer);
    expect(diff.projects.find((c) => c.code === "TR52-907")?.change).toBe("added");
    expect(diff.projects.find((c) => c.code === "TR52-007")?.change).toBe("removed");
  });

  it("reports changes to the vision, an objective's target, and an approach removed", () => {
    const newer = copyGrids(older);
    const positioning = new SheetEditor(newer, "วิสัยทัศน์และตำแหน่ง");
    const visionCode = positioning.grid.rows.find((r) => r.includes("วิสัยทัศน์"))![positioning.col("code")];
    positioning.set("code", visionCode, "text", "ตราดเมืองท่องเที่ยวสีเขียว");
    const objectives = new SheetEditor(newer, "วัตถุประสงค์");
    const firstObjective = objectives.grid.rows[objectives.grid.rows.findIndex((r) => r.includes("code")) + 1][objectives.col("code")];
    objectives.set("code", firstObjective, "target", 999);
    const approaches = new SheetEditor(newer, "แนวทางการพัฒนา");
    const lastApproach = approaches.grid.rows[approaches.grid.rows.length - 1][approaches.col("code")];
    approaches.remove("code", lastApproach);
    const plan = compare(older, newer).plan;
    expect(plan.find((c) => c.part === "vision")).toMatchObject({
      change: "changed",
      fields: [{ field: "text", after: "ตราดเมืองท่องเที่ยวสีเขียว" }],
    });
    expect(plan.find((c) => c.part === "objective")).toMatchObject({ key: firstObjective, fields: [{ field: "target", after: 999 }] });
    expect(plan.find((c) => c.part === "approach")).toMatchObject({ change: "removed", key: lastApproach });
  });

  it("matches findings by rule and project, not by cell: a fixed one and a new one after rows move", () => {
    const newer = copyGrids(older);
    const p = projects(newer);
    // A row removed above moves every later cell; findings that stayed must still be open.
    p.remove("code", "TR52-003");
    p.set("code", "TR52-010", "agency", null);
    const a = checkGrids(older);
    const diff = compare(older, newer);
    const fresh = diff.findings.new.filter((f) => f.project === "TR52-010");
    expect(fresh.map((f) => f.ruleId)).toContain("data/required");
    expect(fresh.find((f) => f.ruleId === "data/required")?.key).toBe("project:TR52-010:agency");
    expect(diff.findings.fixed.every((f) => f.project === "TR52-003")).toBe(true);
    const stillOpen = a.findings.filter((f) => f.project && f.project !== "TR52-003").length;
    expect(diff.findings.open.filter((f) => f.project).length).toBe(stillOpen);
  });

  it("compares across a fiscal year change (last year's plan against this year's review)", () => {
    const newer = copyGrids(older);
    const row = newer.find((g) => g.sheet === "ข้อมูลทั่วไป")!.rows.find((r) => r.includes("fiscalYear"))!;
    row[row.indexOf(2552)] = 2553;
    projects(newer).set("code", "TR52-002", "budget", 8_000_000);
    const diff = compare(older, newer);
    expect([diff.older.fiscalYear, diff.newer.fiscalYear]).toEqual([2552, 2553]);
    expect(diff.projects.find((c) => c.code === "TR52-002")?.fields[0]).toMatchObject({
      field: "budget",
      difference: 500_000,
      percent: 6.67,
    });
  });

  it("tells two provinces apart", () => {
    const other = copyGrids(older);
    const info = other.find((g) => g.sheet === "ข้อมูลทั่วไป")!;
    const row = info.rows.find((r) => r.includes("province"))!;
    row[row.indexOf("ตราด")] = "จันทบุรี";
    expect(sameProvince(checkGrids(older), checkGrids(copyGrids(older)))).toBe(true);
    expect(sameProvince(checkGrids(older), checkGrids(other))).toBe(false);
  });
});
