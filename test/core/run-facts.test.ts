// Facts every rule needs are worked out once per run and handed to the rules
// in their context (issue: the rule catalogue); no rule keeps its own memo
// table keyed on the model's or the settings' identity.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE } from "../../core/reference";
import { ALIGNMENT } from "../../core/reference/alignment";
import { runFacts } from "../../core/rules/facts";
import { factsFor, runRules, runSettings } from "../../core/rules/run";
import { bundledPack } from "../../core/packs/bundled";
import { validPlan } from "../helpers/validPlan";
import { SHEET, at, modelOf } from "./rules/tester";

const root = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? [`${dir}/${e.name}`] : [],
  );
}

describe("a run's facts", () => {
  it("hold the alignment lookup with the pack's own sub-plans, and the reference's alone without any", () => {
    const model = modelOf(validPlan());
    const facts = runFacts(model, REFERENCE, [], [{ code: "0301", th: "แผนย่อยจากชุดกติกา" }]);
    expect(facts.alignment.subPlan("0301")).toMatchObject({ masterPlan: "03", th: "แผนย่อยจากชุดกติกา" });
    expect(runFacts(model, REFERENCE, []).alignment).toBe(ALIGNMENT);
  });

  it("are worked out under the pack and the settings a run uses", () => {
    const pack = bundledPack("FY2570")!;
    const settings = runSettings(pack, { subPlans: [{ code: "0999", th: "ชื่อที่ผู้เรียกกำหนด" }] });
    expect(factsFor(modelOf(validPlan()), pack, settings).alignment.subPlan("0999")?.th).toBe("ชื่อที่ผู้เรียกกำหนด");
  });

  it("are the only memo: no rule module keeps a table of its own keyed on a model or settings", () => {
    const memo = sources("core/rules").filter((f) => /new WeakMap\b/.test(readFileSync(join(root, f), "utf8")));
    expect(memo).toEqual([]);
  });

  it("name the project of every finding at a project's row, whichever rule reports it", () => {
    const plan = validPlan();
    plan.projects![2].startDate = "ต้นปีงบประมาณ"; // the parser cannot read it: data/unreadable-value
    plan.projects![4].endDate = "2099-01-01"; // data/plausible-year
    const model = modelOf(plan);
    const code = (i: number) => String(model.projects.rows[i].code);
    const findings = runRules(model);
    const at2 = findings.find((f) => f.ruleId === "data/unreadable-value" && f.cell === at("projects", "startDate", 2));
    const at4 = findings.find((f) => f.ruleId === "data/plausible-year" && f.cell === at("projects", "endDate", 4));
    expect(at2).toMatchObject({ sheet: SHEET.projects, project: code(2) });
    expect(at4).toMatchObject({ sheet: SHEET.projects, project: code(4) });
    const dataRows = findings.filter((f) => f.sheet === SHEET.projects && Number(f.cell.match(/\d+/)?.[0]) >= 3);
    expect(dataRows.filter((f) => !f.project).map((f) => `${f.ruleId} ${f.cell}`)).toEqual([]);
  });
});
