/** Writes templates/workbook-template.xlsx from the core schema (run after any schema change). */
import { fileURLToPath } from "node:url";
import { bundledPack, packChoices } from "../../core";
import { buildWorkbook } from "../../generator/workbook";

export const TEMPLATE_PATH = fileURLToPath(new URL("../workbook-template.xlsx", import.meta.url));

/** The template is the seed year's: its dropdown lists are the FY2552 pack's. */
export function templateWorkbook() {
  return buildWorkbook({ choices: packChoices(bundledPack("FY2552")) });
}

export async function writeTemplate(out = TEMPLATE_PATH): Promise<string> {
  await templateWorkbook().xlsx.writeFile(out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`เขียนแบบฟอร์มแล้ว / template written: ${await writeTemplate()}`);
}
