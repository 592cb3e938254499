// Lint and the import boundaries: core is pure; Word builders import only
// core and docx; the safety gate imports only core, fflate and saxes; the
// add-in imports core, the Word builders and the gate, nothing else of the
// generator.
import { builtinModules } from "node:module";
import nodePlugin from "eslint-plugin-n";
import tseslint from "typescript-eslint";

// Every Node built-in, with or without the node: prefix, and its subpaths (fs/promises); only whole
// specifiers, so a relative "../util/text" is not taken for "util".
const escape = (m) => m.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const nodeBuiltins = `^(node:|(${builtinModules.map(escape).join("|")})(/|$))`;
const nodeGlobals = ["process", "Buffer", "require", "module", "__dirname", "__filename", "global", "setImmediate"].map((name) => ({
  name,
  message: "No Node globals here: this code runs in the task pane too.",
}));

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "test-output/**", "out/**", "**/*.d.ts"] },
  ...tseslint.configs.recommended,
  {
    // Every import anywhere (sources, tests, benches, scripts, configs) names a package that
    // package.json declares: one that only sits in node_modules by luck fails lint.
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { n: nodePlugin },
    settings: { n: { tryExtensions: [".ts", ".tsx", ".js", ".mjs", ".json"] } },
    rules: {
      "n/no-extraneous-import": "error",
      "n/no-extraneous-require": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/addin", "**/addin/**", "**/generator", "**/generator/**"], message: "core/ must not import adapters." },
            { regex: nodeBuiltins, message: "core/ is pure: no Node built-ins." },
            {
              group: ["exceljs", "docx", "react", "react-dom", "@fluentui/*", "office-addin-*", "@microsoft/office-js", "jszip", "fflate"],
              message: "core/ is pure: no Office, workbook, document or UI libraries.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "core/ never calls Office.js." },
        { name: "Office", message: "core/ never calls Office.js." },
        { name: "document", message: "core/ has no DOM." },
        { name: "window", message: "core/ has no DOM." },
        ...nodeGlobals,
      ],
    },
  },
  {
    files: ["generator/documents/**/*.ts"],
    rules: {
      // An allow-list: docx, core/, and the builders' own modules.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!docx$|\\./[^/]+$|\\.\\./\\.\\./core(/|$))",
              message: "Word builders import only core/ and docx (they run in the task pane too).",
            },
            { regex: nodeBuiltins, message: "Word builders do no I/O: they run in the task pane too." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...nodeGlobals],
    },
  },
  {
    files: ["generator/gate/**/*.ts"],
    rules: {
      // An allow-list: fflate, saxes, core/, and the gate's own modules. Bytes in, bytes out: it runs in the task pane too.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!fflate$|saxes$|\\./[^/]+$|\\.\\./\\.\\./core(/|$))",
              message: "The safety gate imports only core/, fflate and saxes (it runs in the task pane too).",
            },
            { regex: nodeBuiltins, message: "The safety gate does no I/O: it takes bytes (it runs in the task pane too)." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...nodeGlobals],
    },
  },
  {
    files: ["addin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)generator(/(?!(documents|gate)(/|$))|$)",
              message: "The add-in imports core/, generator/documents/ and generator/gate/ only.",
            },
            { regex: nodeBuiltins, message: "The add-in runs in the browser." },
            { group: ["exceljs"], message: "The add-in reads the workbook through Office.js." },
          ],
        },
      ],
    },
  },
);
