// The catalogue is complete by construction, in the manner of ESLint's
// checkRuleFiles: a rule's module is core/rules/<id>.ts and its test
// test/core/rules/<id>.test.ts (rulePath), and every such module is in the
// registry exactly once. Each failure names the file to fix.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CRITERIA } from "../../../core";
import { RULES, rulePath, ruleTestPath } from "../../../core/rules/registry";

const root = join(import.meta.dirname, "../../..");

/** The folders rules live in: one per criterion (1.1 … 4.4, committee, …, kpi). */
const RULE_FOLDERS = CRITERIA.map((c) => c.id);

/** Each module in a criterion folder, with the literal `id: "<criterion>/<name>"` it declares (or none). */
function ruleModules(): { file: string; id: string | undefined }[] {
  return RULE_FOLDERS.flatMap((folder) => {
    const dir = join(root, "core/rules", folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => {
        const file = `core/rules/${folder}/${name}`;
        const ids = [...readFileSync(join(root, file), "utf8").matchAll(/\bid:\s*"([^"]+\/[^"]+)"/g)].map((m) => m[1]!);
        return { file, id: ids.length === 1 ? ids[0] : undefined };
      });
  });
}

const registered: string[] = RULES.map((rule) => rule.id);

describe("rule registration", () => {
  it("finds the rule modules (the scan itself works)", () => {
    expect(ruleModules().length).toBeGreaterThanOrEqual(RULES.length);
  });

  it("declares one literal id in each rule module, and the module's path follows from it", () => {
    const wrong = ruleModules()
      .filter(({ file, id }) => !id || rulePath(id) !== file)
      .map(({ file, id }) =>
        id ? `${file} declares id "${id}": move it to ${rulePath(id)}` : `${file} declares no single id: "<criterion>/<name>"`,
      );
    expect(wrong).toEqual([]);
  });

  it("registers every rule module", () => {
    const unregistered = ruleModules().filter(({ id }) => id && !registered.includes(id));
    expect(unregistered.map(({ file, id }) => `${file} (${id}) is not in core/rules/registry.ts`)).toEqual([]);
  });

  it("registers no rule twice, and each registered rule from its own module", () => {
    const twice = registered.filter((id, index) => registered.indexOf(id) !== index);
    expect(twice.map((id) => `${rulePath(id)} (${id}) is registered more than once`)).toEqual([]);
    const homeless = RULES.filter((rule) => !existsSync(join(root, rulePath(rule.id))));
    expect(homeless.map((rule) => `${rulePath(rule.id)} is missing: rule ${rule.id} is registered but has no module of its own`)).toEqual(
      [],
    );
  });

  it("tests every rule module in its own test file", () => {
    const modules = ruleModules().flatMap(({ file, id }) => (id ? [{ file, id }] : []));
    const elsewhere = registered.filter((id) => !modules.some((m) => m.id === id)).map((id) => ({ file: rulePath(id), id }));
    const untested = [...modules, ...elsewhere].filter(({ id }) => !existsSync(join(root, ruleTestPath(id))));
    expect(untested.map(({ file, id }) => `${file} has no test: write ${ruleTestPath(id)}`)).toEqual([]);
  });

  it("keeps no test file for a rule that is not registered", () => {
    const orphans = RULE_FOLDERS.flatMap((folder) => {
      const dir = join(root, "test/core/rules", folder);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => name.endsWith(".test.ts"))
        .map((name) => `test/core/rules/${folder}/${name}`)
        .filter((file) => !registered.some((id) => ruleTestPath(id) === file));
    });
    expect(orphans.map((file) => `${file} tests no registered rule`)).toEqual([]);
  });
});
