/** Writes templates/samples/*.xlsx through the same workbook builder as the template. */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { buildWorkbook, fillWorkbook } from "../../generator/workbook";
import { SAMPLES } from "./samples";

export const SAMPLES_DIR = fileURLToPath(new URL("../samples/", import.meta.url));

export async function writeSamples(dir = SAMPLES_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const s of SAMPLES) {
    const out = join(dir, s.file);
    const features = s.features ?? [];
    await fillWorkbook(buildWorkbook({ features }), s.data, features).xlsx.writeFile(out);
    written.push(out);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of await writeSamples()) console.log(`เขียนตัวอย่างแล้ว / sample written: ${f}`);
}
