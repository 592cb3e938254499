// A rule added the way core/rules/registry.ts says (a module and one line in
// RULES, nothing else) reaches every place that lists or counts rules:
// `phaen rules`, the check's findings, the 2.3 summary and the Word
// screening report. The registry is mocked here to hold one more 4.2 rule,
// as if that line had been written.
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkModel, parseWorkbook, RULES } from "../../../core";
import { DOCUMENTS } from "../../../generator/documents";
import { packDocument } from "../../../generator/io/pack";
import { phaen } from "../../helpers/phaen";
import { docxText } from "../../generator/documents-fixture";
import { workbookGrids } from "../../helpers/grids";
import { validPlan } from "../../helpers/validPlan";

const PROBE_ID = "4.2/probe-newcomer";
const PROBE_MESSAGE = "โครงการ {project} ทดลองเกณฑ์ใหม่";

vi.mock("../../../core/rules/registry", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../core/rules/registry")>();
  const { defineRule } = await import("../../../core/rules/types");
  const probe = defineRule({
    id: "4.2/probe-newcomer",
    criterion: "4.2",
    severity: "error",
    title: { th: "เกณฑ์ทดลองของผู้มาใหม่", en: "A newcomer's probe rule" },
    messages: { probe: { th: "โครงการ {project} ทดลองเกณฑ์ใหม่", en: "Project {project} trips the probe" } },
    fix: { th: "ไม่ต้องแก้ (เกณฑ์ทดลอง)", en: "Nothing to fix (a probe)" },
    check(ctx) {
      const first = ctx.model.projects.rows[0];
      if (first) ctx.reportAt(ctx.model.projects, first, "budget", { messageId: "probe", data: { project: first.code ?? "" } });
    },
  });
  return { ...actual, RULES: [...actual.RULES, probe] };
});

afterEach(() => vi.restoreAllMocks());

async function phaenRules(args: string[]): Promise<string> {
  return (await phaen(["rules", ...args])).out;
}

describe("a rule registered by one line in core/rules/registry.ts", () => {
  const result = () => checkModel(parseWorkbook(workbookGrids(validPlan())));

  it("is in the catalogue", () => {
    expect(RULES.map((r) => r.id)).toContain(PROBE_ID);
  });

  it("is listed by phaen rules, in the table and in JSON", async () => {
    expect(await phaenRules([])).toContain(PROBE_ID);
    expect(await phaenRules(["--lang", "en"])).toContain("A newcomer's probe rule");
    const listed = JSON.parse(await phaenRules(["--json"])) as { id: string; criterion: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ id: PROBE_ID, criterion: "4.2" }));
  });

  it("reports through the check, and the 2.3 summary counts its error under project quality", () => {
    const { findings, model } = result();
    const probe = findings.filter((f) => f.ruleId === PROBE_ID);
    expect(probe).toMatchObject([{ criterion: "4.2", severity: "error", sheet: model.projects.sheet, project: "P01" }]);
    const summary = findings.find((f) => f.ruleId === "2.3/quality-summary")!;
    expect(summary.severity).toBe("warning");
    expect(summary.message).toContain("คุณภาพของโครงการ (เกณฑ์ 4.1–4.4) ผ่าน 3 จาก 4 ข้อ");
    expect(summary.message).toContain(`โครงการที่ไม่มีข้อผิดพลาด ${model.projects.rows.length - 1} จาก ${model.projects.rows.length} โครงการ`);
  });

  it("is in the Word screening report, with its finding and cell", async () => {
    const r = result();
    const text = await docxText(await packDocument(DOCUMENTS.screening.build(r)));
    const finding = r.findings.find((f) => f.ruleId === PROBE_ID)!;
    expect(text).toContain(PROBE_MESSAGE.replace("{project}", "P01"));
    expect(text).toContain(`${finding.sheet}!${finding.cell}`);
  });
});
