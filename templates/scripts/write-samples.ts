/** Writes templates/samples/*.xlsx through the same workbook builder as the template. */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { BUNDLED_PACKS, choosePack, packChoices } from "../../core";
import { buildWorkbook, fillWorkbook } from "../../generator/workbook";
import { SAMPLES } from "./samples";

export const SAMPLES_DIR = fileURLToPath(new URL("../samples/", import.meta.url));

/** A sample's workbook: its dropdown lists are its year's pack's, as `phaen new` writes them. */
export function sampleWorkbook(s: (typeof SAMPLES)[number]) {
  const features = s.features ?? [];
  const year = s.data.info?.fiscalYear;
  const choices = packChoices(choosePack(BUNDLED_PACKS, typeof year === "number" ? year : undefined)?.pack);
  return fillWorkbook(buildWorkbook({ features, choices }), s.data, features);
}

export async function writeSamples(dir = SAMPLES_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const s of SAMPLES) {
    const out = join(dir, s.file);
    await sampleWorkbook(s).xlsx.writeFile(out);
    written.push(out);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of await writeSamples()) console.log(`เขียนตัวอย่างแล้ว / sample written: ${f}`);
}
