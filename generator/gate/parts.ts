/**
 * Which parts of a package exceljs reads, and as what: the same exact names
 * and (unanchored) patterns, tried in the same order as its loader
 * (exceljs 4.4.0, lib/xlsx/xlsx.js). The gate keeps only parts with a role,
 * so nothing reaches exceljs that the gate did not check.
 */
export type PartRole =
  | "package-rels"
  | "workbook"
  | "workbook-rels"
  | "shared-strings"
  | "styles"
  | "app"
  | "core"
  | "worksheet"
  | "worksheet-rels"
  | "theme"
  | "media"
  | "drawing"
  | "comments"
  | "table"
  | "drawing-rels"
  | "vml";

const EXACT: Record<string, PartRole> = {
  "_rels/.rels": "package-rels",
  "xl/workbook.xml": "workbook",
  "xl/_rels/workbook.xml.rels": "workbook-rels",
  "xl/sharedStrings.xml": "shared-strings",
  "xl/styles.xml": "styles",
  "docProps/app.xml": "app",
  "docProps/core.xml": "core",
};

const PATTERNS: [RegExp, PartRole][] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, "worksheet"],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, "worksheet-rels"],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, "theme"],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, "media"],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, "drawing"],
  [/xl\/(comments\d+)[.]xml/, "comments"],
  [/xl\/tables\/(table\d+)[.]xml/, "table"],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, "drawing-rels"],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, "vml"],
];

/** What exceljs would read the part as, and the number in its name (a sheet's number). */
export function partRole(name: string): { role: PartRole; no?: string } | undefined {
  if (EXACT[name]) return { role: EXACT[name] };
  for (const [re, role] of PATTERNS) {
    const m = re.exec(name);
    if (m) return { role, no: m[1] };
  }
  return undefined;
}

/** The roles a values-only reading needs: the rest (drawings, media…) never reach exceljs. */
export const VALUE_ROLES: ReadonlySet<PartRole> = new Set([
  "package-rels",
  "workbook",
  "workbook-rels",
  "shared-strings",
  "styles",
  "app",
  "core",
  "worksheet",
]);

/** Where exceljs looks for a sheet's part, from its relationship's Target (workbook-xform reconcile). */
export function sheetPartOf(target: string): string {
  return `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
}

export const WORKSHEET_TYPE = /\/worksheet$/;
