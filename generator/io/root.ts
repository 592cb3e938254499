/**
 * The project folder, found by walking up to phaen's package.json, so the
 * templates are found whether the CLI runs from its TypeScript sources or
 * from the bundle `npm ci` builds (build/cli/phaen.mjs).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && /"name":\s*"phaen"/.test(readFileSync(pkg, "utf8"))) return dir;
    if (dirname(dir) === dir) return join(from, "..", ".."); // unreachable in a checkout
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export function templatesPath(...parts: string[]): string {
  return join(PROJECT_ROOT, "templates", ...parts);
}

/** The Word style reference every document is styled from unless --reference names another. */
export const DEFAULT_REFERENCE = templatesPath("reference.docx");
