import { describe, expect, it } from "vitest";
import { checkGrids, enumOptions, inWorkbook, parseWorkbook, SHEETS, UserError } from "../../core";
import { createExcelAdapter, type ExcelRunner } from "../../addin/office/excelAdapter";
import { OWNED_SHEETS } from "../../addin/logic/port";
import { computeScore, runCheck } from "../../addin/logic/actions";
import { findingsSheet } from "../../addin/logic/results";
import { scaffoldPlan } from "../../addin/logic/scaffold";
import { OWNER_MARK } from "../../addin/office/writeSheets";
import { REQUEST_TARGET_BYTES } from "../../addin/office/byteBudget";
import { tratGrids } from "../../bench/_scaled";
import { fakeExcel, fakeHost, FakeWorkbook, PropertyNotLoadedError } from "./fake-excel";
import { planWorkbook } from "./fixtures";
import { inPlaceEngine } from "../../addin/worker/inPlaceEngine";

const engine = inPlaceEngine();

const MB = 1024 * 1024;

function adapterOf(wb: FakeWorkbook) {
  return createExcelAdapter(fakeExcel(wb) as unknown as ExcelRunner, fakeHost(wb));
}

function setup(projects: number, apiVersion = "1.17") {
  const wb = FakeWorkbook.fromGrids(planWorkbook(projects));
  wb.apiVersion = apiVersion;
  return { wb, port: adapterOf(wb) };
}

describe("the fake Excel", () => {
  it("refuses to read a property that was not loaded and synced", async () => {
    const wb = FakeWorkbook.fromGrids(planWorkbook(1));
    await fakeExcel(wb).run(
      {},
      async (ctx: {
        workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown; load(p: string): void } } } };
        sync(): Promise<void>;
      }) => {
        const range = ctx.workbook.worksheets.getItem("โครงการ").getRange("A1");
        expect(() => range.values).toThrow(PropertyNotLoadedError);
        range.load("values");
        expect(() => range.values).toThrow(PropertyNotLoadedError);
        await ctx.sync();
        expect(range.values).toEqual([["รหัสโครงการ"]]);
      },
    );
  });
});

describe("reading the workbook", () => {
  it("reads a 50-project plan in 4 syncs (sheets, used ranges, a probe, the rest), waiting for cell edits", async () => {
    const { wb, port } = setup(50);
    const read = await port.readWorkbook();
    expect(wb.syncs).toHaveLength(4);
    expect(wb.runOptions).toEqual([{ delayForCellEdit: true }]);
    const model = checkGrids(read.grids).model;
    expect(model.projects.rows).toHaveLength(50);
    expect(model.projects.rows[49].code).toBe("P0050");
    expect(model.info.values.province).toBe("ตราด");
    expect(model.parseIssues.filter((i) => i.kind === "missing-sheet")).toEqual([]);
  });

  it("reads the ตราด plan's realistic Thai rows, 5,000 projects, with no request refused and none over 5 MB", async () => {
    const wb = FakeWorkbook.fromGrids(tratGrids(5000));
    const read = await adapterOf(wb).readWorkbook();
    expect(wb.refused).toEqual([]);
    const bytes = wb.syncs.reduce((n, s) => n + s.bytesRead, 0);
    expect(bytes).toBeGreaterThan(15 * MB);
    for (const s of wb.syncs) expect(s.bytesRead).toBeLessThanOrEqual(5 * MB);
    // Chunks are sized from measured bytes: a handful of syncs, not hundreds.
    expect(wb.syncs.length).toBeLessThanOrEqual(3 + Math.ceil((bytes * 1.6) / REQUEST_TARGET_BYTES));
    expect(parseWorkbook(read.grids).projects.rows).toHaveLength(5000);
  });

  it("recovers when a host refuses a chunk as too large: the same rows, read in halves", async () => {
    const { wb, port } = setup(5000);
    wb.payloadLimit = 600 * 1024;
    const read = await port.readWorkbook();
    expect(wb.refused.length).toBeGreaterThan(0);
    for (const s of wb.syncs) expect(s.bytesRead).toBeLessThanOrEqual(600 * 1024);
    expect(parseWorkbook(read.grids).projects.rows).toHaveLength(5000);
  });

  it("the fake refuses a response over 5 MB as Excel on the web does", async () => {
    const wb = FakeWorkbook.fromGrids(tratGrids(2000));
    await expect(
      fakeExcel(wb).run(
        {},
        async (ctx: {
          workbook: { worksheets: { getItem(n: string): { getRange(a: string): { load(p: string): void } } } };
          sync(): Promise<void>;
        }) => {
          ctx.workbook.worksheets.getItem("โครงการ").getRange("A1:BZ2002").load("values");
          await ctx.sync();
        },
      ),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("reads 5,000 projects, in order", async () => {
    const { wb, port } = setup(5000);
    const read = await port.readWorkbook();
    for (const s of wb.syncs) expect(s.bytesRead + s.bytesWritten).toBeLessThanOrEqual(5 * MB);
    const projects = parseWorkbook(read.grids).projects.rows;
    expect(projects).toHaveLength(5000);
    expect(projects.map((p) => p.code)).toEqual(Array.from({ length: 5000 }, (_, i) => `P${String(i + 1).padStart(4, "0")}`));
  });

  it("reads the template's KPI formula cells through their defined names", async () => {
    const { wb, port } = setup(3);
    wb.setCell(wb.addSheet("สูตร"), 0, 0, 4);
    wb.formulas.set("สูตร!A1", "=COUNT(C3:C9)");
    wb.names.set("PHAEN_KPI36_LEVEL", { sheet: "สูตร", address: "A1" });
    const read = await port.readWorkbook();
    expect(read.formulaKpi).toEqual({ level: 4, weighted: undefined });
  });

  it("tells a formula cell the planner typed over from the template's formula", async () => {
    const { wb, port } = setup(3);
    wb.setCell(wb.addSheet("สูตร"), 0, 0, 4);
    wb.formulas.set("สูตร!A1", "=COUNT(C3:C9)");
    wb.names.set("PHAEN_KPI36_LEVEL", { sheet: "สูตร", address: "A1" });
    await wb.userEdit("สูตร", "A1", 5);
    expect((await port.readWorkbook()).formulaKpi).toEqual({ level: 5, weighted: undefined, typedOver: ["level"] });
  });
});

describe("writing results", () => {
  it("writes only the add-in's own sheets, and checking twice equals checking once", async () => {
    const { wb, port } = setup(50);
    const plannerSheets = () =>
      (wb.snapshot() as { sheets: { name: string }[] }).sheets.filter((s) => !(OWNED_SHEETS as readonly string[]).includes(s.name));
    const before = plannerSheets();
    const first = await runCheck(port, engine);
    await computeScore(port, engine);
    const once = wb.snapshot();
    await runCheck(port, engine);
    await computeScore(port, engine);
    expect(wb.snapshot()).toEqual(once);
    expect(plannerSheets()).toEqual(before);
    expect(new Set(wb.writes.map((w) => w.sheet))).toEqual(new Set(OWNED_SHEETS));
    expect(wb.enableEvents).toBe(true);
    expect(wb.calculationSuspensions).toBeGreaterThan(0);
    const written = wb.grids().find((g) => g.sheet === "ผลการตรวจ")!;
    expect(written.rows[0][0]).toBe(OWNER_MARK);
    expect(written.rows.length).toBe(3 + Math.max(1, first.result.findings.length));
  });

  it("keeps events off while it writes, so its own writes do not re-trigger a check", async () => {
    const { wb, port } = setup(2);
    let calls = 0;
    await port.watchChanges(() => void calls++);
    const seen: boolean[] = [];
    const origWrite = wb.write.bind(wb);
    wb.write = (s, b, v) => {
      seen.push(wb.enableEvents);
      origWrite(s, b, v);
    };
    await runCheck(port, engine);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e === false)).toBe(true);
    expect(wb.enableEvents).toBe(true);
  });

  it("splits a large findings sheet into requests under 5 MB", async () => {
    const { wb, port } = setup(1);
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      ruleId: "demo",
      criterion: "4.1" as const,
      severity: "error" as const,
      sheet: "โครงการ",
      cell: `H${i + 3}`,
      message: `โครงการที่ ${i + 1} ยังไม่ระบุหลักการและเหตุผลที่อ้างถึงปัญหาของพื้นที่`,
      messageEn: "",
      fix: "ระบุหลักการและเหตุผล",
      fixEn: "",
    }));
    await port.writeOwnedSheets([findingsSheet(many)]);
    const written = wb.syncs.reduce((n, s) => n + s.bytesWritten, 0);
    expect(written).toBeGreaterThan(5 * MB);
    for (const s of wb.syncs) expect(s.bytesWritten).toBeLessThanOrEqual(5 * MB);
    expect(wb.grids().find((g) => g.sheet === "ผลการตรวจ")!.rows).toHaveLength(30_003);
  });

  it("refuses to write a sheet the add-in does not own", async () => {
    const { wb, port } = setup(1);
    await expect(port.writeOwnedSheets([{ name: "โครงการ" as never, rows: [["x"]] }])).rejects.toThrow();
    expect(wb.writes).toEqual([]);
  });
});

describe("selecting a finding's cell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { wb, port } = setup(5);
    await port.selectCell("โครงการ", "H6");
    expect(wb.activeSheet).toBe("โครงการ");
    expect(wb.selections).toEqual([{ sheet: "โครงการ", address: "H6" }]);
  });

  it("says in Thai and English which cell it cannot reach when the sheet has gone since the check", async () => {
    const { port } = setup(5);
    const e = await port.selectCell("แผ่นงานที่ถูกลบ", "B3").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).th).toMatch(/^ไปที่เซลล์ แผ่นงานที่ถูกลบ!B3 ไม่ได้/);
    expect((e as UserError).en).toMatch(/^cannot go to แผ่นงานที่ถูกลบ!B3/);
  });
});

describe("scaffolding a blank workbook", () => {
  it("creates every template sheet with headers, dropdowns and defined names that the checker reads", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const port = adapterOf(wb);
    const outcome = await port.scaffold(scaffoldPlan());
    expect(outcome.created).toEqual([...SHEETS.filter((s) => inWorkbook(s, [])).map((s) => s.name), "_meta"]);
    const projects = wb.sheet("โครงการ")!;
    expect(projects.cells[1].slice(0, 3)).toEqual(["code", "name", "kind"]);
    expect(projects.validations).toContainEqual({
      address: "C3:C502",
      rule: { list: { inCellDropDown: true, source: "ส่วนราชการ,อปท.,ความร่วมมือเอกชน,กลุ่มจังหวัด" } },
    });
    expect(wb.names.get("PHAEN_TEMPLATE_VERSION")).toEqual({ sheet: "_meta", address: "B1" });
    expect(wb.sheet("_meta")!.visibility).toBe("Hidden");
    const model = checkGrids((await port.readWorkbook()).grids).model;
    expect(model.templateVersion).toBe("1.0");
    expect(model.parseIssues.filter((i) => i.kind === "missing-sheet" || i.kind === "missing-column")).toEqual([]);
    expect(model.approvals.rows.map((r) => r.step)).toEqual(enumOptions("approvalStep").map((o) => o.value));
  });

  it("leaves sheets the planner already has untouched", async () => {
    const { wb, port } = setup(3);
    const before = wb.snapshot();
    const outcome = await port.scaffold(scaffoldPlan());
    expect(outcome.created).toEqual([]);
    expect(wb.snapshot()).toEqual(before);
  });
});

describe("live re-check", () => {
  it("hears the planner's edits until unsubscribed", async () => {
    const { wb, port } = setup(2);
    let calls = 0;
    const stop = await port.watchChanges(() => void calls++);
    await wb.userEdit("โครงการ", "B3", "ชื่อใหม่");
    expect(calls).toBe(1);
    await stop();
    await wb.userEdit("โครงการ", "B3", "อีกชื่อ");
    expect(calls).toBe(1);
  });
});

describe("a planner's own sheet named like the add-in's", () => {
  it("is never overwritten: the findings go beside it", async () => {
    const { wb, port } = setup(20);
    const mine = wb.addSheet("ผลการตรวจ");
    wb.setCell(mine, 0, 0, "บันทึกของฉัน");
    await runCheck(port, engine);
    expect(wb.sheet("ผลการตรวจ")!.cells).toEqual([["บันทึกของฉัน"]]);
    const beside = wb.grids().find((g) => g.sheet === "ผลการตรวจ (แผน)")!;
    expect(beside.rows[0][0]).toBe(OWNER_MARK);
    // Checking again rewrites the add-in's sheet, still not the planner's.
    await runCheck(port, engine);
    expect(wb.sheet("ผลการตรวจ")!.cells).toEqual([["บันทึกของฉัน"]]);
  });
});

describe("each Excel a province has, by requirement set", () => {
  for (const [version, who] of [
    ["1.1", "Excel 2016 volume"],
    ["1.8", "Excel 2019"],
    ["1.17", "Microsoft 365 / Excel on the web"],
  ] as const) {
    it(`ExcelApi ${version} (${who}): reads, checks, writes the findings and scaffolds with only the calls it has`, async () => {
      const { wb, port } = setup(30, version);
      const outcome = await runCheck(port, engine);
      expect(outcome.result.findings.length).toBeGreaterThan(0);
      expect(wb.grids().find((g) => g.sheet === "ผลการตรวจ")!.rows.length).toBeGreaterThan(3);
      expect(port.features!.liveCheck).toBe(version !== "1.1");
      expect(wb.runOptions.at(-1)).toEqual(version === "1.17" ? { delayForCellEdit: true } : {});
      const blank = new FakeWorkbook();
      blank.apiVersion = version;
      blank.addSheet("Sheet1");
      const made = await adapterOf(blank).scaffold(scaffoldPlan());
      expect(made.created.length).toBe(SHEETS.filter((s) => inWorkbook(s, [])).length + 1);
      expect(made.lacking).toEqual(version === "1.1" ? ["dropdowns", "names"] : []);
      expect(blank.sheet("โครงการ")!.validations.length > 0).toBe(version !== "1.1");
    });
  }
});

describe("own writes and change events", () => {
  it("an Excel without events-off (1.7) raises onChanged for the add-in's own writes; the pane does not take them for edits", async () => {
    const { wb, port } = setup(5, "1.7");
    let calls = 0;
    await port.watchChanges(() => void calls++);
    const raised: string[] = [];
    wb.changeHandlers.add((e) => void raised.push(e.worksheetId));
    await runCheck(port, engine);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(raised).toContain("ผลการตรวจ");
    expect(calls).toBe(0);
  });
});
