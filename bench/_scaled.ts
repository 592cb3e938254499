/**
 * The ตราด sample's projects repeated up to `n`, each copy with a fresh code and
 * its own wording (a copy word for word would be a finding on every row,
 * which no real workbook has), so the findings stay as realistic as the sample's.
 * Shared by the check and pane benchmarks and the pane's end-to-end test.
 */
import { projectsSheet, type Grid } from "../core";
import { gridsFromWorkbook } from "../generator/reader";
import { buildWorkbook, fillWorkbook, type InputRow, type WorkbookData } from "../generator/workbook";
import { SAMPLES } from "../templates/scripts/samples";

const TEXT_KEYS = projectsSheet.columns.filter((c) => c.type === "text").map((c) => c.key);

export function scaledProjects(base: InputRow[], n: number): InputRow[] {
  return Array.from({ length: n }, (_, i) => {
    const p = base[i % base.length];
    const round = Math.floor(i / base.length);
    if (round === 0) return p;
    const copy: InputRow = { ...p, code: `${String(p.code)}-${round}`, linkedCodes: null };
    for (const k of TEXT_KEYS) if (typeof p[k] === "string" && p[k]) copy[k] = `${p[k]} (ระยะที่ ${round + 1} ชุดที่ ${i})`;
    return copy;
  });
}

/** The ตราด sample's data with `projects` projects. */
export function tratWith(projects: number): WorkbookData {
  const trat = SAMPLES.find((s) => s.file.startsWith("trat"))!.data;
  return { ...trat, projects: scaledProjects(trat.projects ?? [], projects) };
}

/** The ตราด workbook with `projects` projects, as the grids Excel would hand the pane. */
export function tratGrids(projects: number): Grid[] {
  return gridsFromWorkbook(fillWorkbook(buildWorkbook(), tratWith(projects)));
}
