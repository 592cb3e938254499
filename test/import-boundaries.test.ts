/**
 * The import boundaries of issue 2, as eslint enforces them: core/ is pure,
 * the Word builders use only core/ and docx, the safety gate only core/,
 * fflate and saxes, the add-in core/, the Word builders and the gate. Each case lints a one-line module placed in that folder.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restricted(file: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: file });
  return result.messages.some((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals");
}

describe("import boundaries", () => {
  it.each([
    ["core/x.ts", 'import x from "node:fs";'],
    ["core/x.ts", 'import x from "util";'],
    ["core/x.ts", 'import x from "fs/promises";'],
    ["core/x.ts", 'import x from "../addin";'],
    ["core/x.ts", 'import x from "../generator/cli/run";'],
    ["core/x.ts", 'import x from "exceljs";'],
    ["core/x.ts", 'import x from "docx";'],
    ["core/x.ts", 'import x from "react";'],
    ["core/x.ts", "const x = process.env.HOME;"],
    ["core/x.ts", "const x = Office.context;"],
    ["generator/documents/x.ts", 'import x from "commander";'],
    ["generator/documents/x.ts", 'import x from "exceljs";'],
    ["generator/documents/x.ts", 'import x from "../cli/run";'],
    ["generator/documents/x.ts", 'import x from "../../templates/x";'],
    ["generator/documents/x.ts", 'import x from "node:path";'],
    ["generator/documents/x.ts", "const x = Buffer.from([]);"],
    ["addin/x.ts", 'import x from "../generator";'],
    ["addin/x.ts", 'import x from "../generator/cli/run";'],
    ["addin/x.ts", 'import x from "exceljs";'],
    ["addin/x.ts", 'import x from "node:fs";'],
    ["generator/gate/x.ts", 'import x from "node:zlib";'],
    ["generator/gate/x.ts", 'import x from "exceljs";'],
    ["generator/gate/x.ts", 'import x from "jszip";'],
    ["generator/gate/x.ts", 'import x from "../reader";'],
    ["generator/gate/x.ts", 'import x from "../io/fs-errors";'],
    ["generator/gate/x.ts", "const x = Buffer.from([]);"],
    ["addin/x.ts", 'import x from "../generator/reader";'],
  ])("%s may not use: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ["core/x.ts", 'import x from "../core/rules/util/text";'],
    ["core/x.ts", 'import x from "./util/lookup";'],
    ["generator/documents/x.ts", 'import x from "docx";'],
    ["generator/documents/x.ts", 'import x from "./style";'],
    ["generator/documents/x.ts", 'import x from "../../core";'],
    ["addin/x.ts", 'import x from "../generator/documents";'],
    ["addin/x.ts", 'import x from "../generator/documents/index";'],
    ["addin/x.ts", 'import x from "../core";'],
    ["generator/cli/x.ts", 'import x from "node:fs";'],
    ["generator/gate/x.ts", 'import x from "fflate";'],
    ["generator/gate/x.ts", 'import x from "saxes";'],
    ["generator/gate/x.ts", 'import x from "./zip";'],
    ["generator/gate/x.ts", 'import x from "../../core/errors";'],
    ["addin/x.ts", 'import x from "../generator/gate";'],
  ])("%s may use: %s", async (file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
