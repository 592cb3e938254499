// Lint and the import boundaries: core is pure; Word builders import only
// core and docx; the add-in imports core and the Word builders, nothing else
// of the generator.
import tseslint from "typescript-eslint";

const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "os", "child_process", "url", "stream", "zlib", "crypto", "worker_threads"];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "test-output/**", "out/**", "**/*.d.ts"] },
  ...tseslint.configs.recommended,
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
            { group: ["**/addin/**", "**/generator/**"], message: "core/ must not import adapters." },
            { group: nodeBuiltins, message: "core/ is pure: no Node built-ins." },
            { group: ["exceljs", "docx", "react", "react-dom", "@fluentui/*", "office-addin-*", "@microsoft/office-js", "jszip", "fflate"], message: "core/ is pure: no Office, workbook, document or UI libraries." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "core/ never calls Office.js." }, { name: "Office", message: "core/ never calls Office.js." }, { name: "document", message: "core/ has no DOM." }, { name: "window", message: "core/ has no DOM." }],
    },
  },
  {
    files: ["generator/documents/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/addin", "**/addin/**", "**/cli", "**/cli/**", "**/reader", "**/reader/**", "**/io", "**/io/**"], message: "Word builders import only core/ and docx." },
            { group: nodeBuiltins, message: "Word builders do no I/O: they run in the task pane too." },
            { group: ["exceljs", "react", "react-dom", "@fluentui/*", "jszip"], message: "Word builders import only core/ and docx." },
          ],
        },
      ],
    },
  },
  {
    files: ["addin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/generator/*", "!**/generator/documents", "!**/generator/documents/**"], message: "The add-in imports core/ and generator/documents/ only." },
            { group: nodeBuiltins, message: "The add-in runs in the browser." },
            { group: ["exceljs"], message: "The add-in reads the workbook through Office.js." },
          ],
        },
      ],
    },
  },
);
