// The catalogue is complete by construction: every rule module under core/rules is
// registered exactly once and named by some test. A module copied beside the others
// and left out of the lists fails here, naming its file.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../core/rules/registry";

const root = join(import.meta.dirname, "../../..");
const rulesDir = join(root, "core/rules");

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** Each literal `id: "family/name"` a rule module declares, with the file it is in. */
function declaredRuleIds(): { id: string; file: string }[] {
  const sources = filesUnder(rulesDir, (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
  return sources.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bid:\s*"([^"]+\/[^"]+)"/g)].map((match) => ({
      id: match[1]!,
      file: relative(root, file),
    })),
  );
}

const registered = RULES.map((rule) => rule.id);
const testText = filesUnder(join(root, "test"), (name) => /\.test\.tsx?$/.test(name))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

describe("rule registration", () => {
  it("registers every rule module under core/rules", () => {
    const unregistered = declaredRuleIds().filter(({ id }) => !registered.includes(id));
    expect(unregistered.map(({ id, file }) => `${id} in ${file} is not in the registry`)).toEqual([]);
  });

  it("registers no rule twice", () => {
    const twice = registered.filter((id, index) => registered.indexOf(id) !== index);
    expect(twice.map((id) => `${id} is registered more than once`)).toEqual([]);
  });

  it("tests every rule module (a test imports it or names its id)", () => {
    const imported = (file: string) => testText.includes(`${file.replace(/^core\//, "").replace(/\.ts$/, "")}"`);
    const untested = declaredRuleIds().filter(({ id, file }) => !imported(file) && !testText.includes(`"${id}"`));
    expect(untested.map(({ id, file }) => `${id} in ${file} is named by no test`)).toEqual([]);
  });
});
