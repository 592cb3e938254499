/** The ตราด sample's projects scaled up, shared by the benchmarks (a file starting with _ is not run itself). */
import { projectsSheet } from "../core";
import type { InputRow } from "../generator/workbook";

const TEXT_KEYS = projectsSheet.columns.filter((c) => c.type === "text").map((c) => c.key);

/**
 * The sample's projects repeated up to `n`, each copy with a fresh code and
 * its own wording (a copy word for word would be a finding on every row,
 * which no real workbook has), so the findings stay as realistic as the sample's.
 */
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
